package com.atlassian.plugin.spring.scanner.annotation.export;

/** Stand-in for spring-scanner's {@code ServiceProperty}; like the real one it has no @Retention or @Target. */
public @interface ServiceProperty {
    String key();

    String value();
}
