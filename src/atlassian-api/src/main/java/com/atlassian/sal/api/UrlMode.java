package com.atlassian.sal.api;

/** Stand-in for SAL's {@code UrlMode}; constant order as in sal-api 5.1.4. */
public enum UrlMode {
    CANONICAL,
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    AUTO
}
