package io.plainframe.sandbox.runtime;

/**
 * The servlet container of a platform line: Jetty 10 on {@code javax.servlet} (Platforms 6 and 7) or Jetty 12 ee10
 * on {@code jakarta.servlet} (Platform 8). It listens on localhost only, with bounded threads and request reads,
 * and answers errors with {@link HostPages#errorPage} and every response with {@link HostPages#SECURITY_HEADERS}.
 */
public interface Container {

    /**
     * A web application at a context path, with sessions (HttpOnly, SameSite=Lax cookies) and bounded forms.
     *
     * @param contextPath  such as {@code /jira}
     * @param maxFormBytes the largest form body the application's pages read
     */
    Site site(String contextPath, int maxFormBytes);

    /** Starts serving; sites are added before. @param port 0 for any free port */
    void start(int port) throws Exception;

    /** The port it listens on. */
    int port();

    /** Waits until the container stops. */
    void join() throws InterruptedException;

    void stop() throws Exception;
}
