package io.plainframe.sandbox.runtime;

/**
 * One web application of a {@link Container}. Servlets and filters are the container's own types
 * ({@code javax.servlet} or {@code jakarta.servlet}), passed as {@code Object}.
 */
public interface Site {

    /** A filter on requests (not forwards, includes or errors) whose path matches; filters run in the order added. */
    void filter(Object filter, String pattern);

    /** A servlet for the paths that match. */
    void servlet(Object servlet, String pattern);
}
