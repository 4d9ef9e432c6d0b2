package com.atlassian.jira.util.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * Stand-in for Jira's {@code InputStreamConsumer} ({@code @PublicSpi}, since 4.4), complete, as in the Jira 6.3.15
 * source (J6 in the module README; UNVERIFIED against 9.12, 10.3 and 11 jars).
 */
public interface InputStreamConsumer<T> {
    T withInputStream(InputStream is) throws IOException;
}
