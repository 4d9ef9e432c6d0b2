package io.plainframe.sandbox.jetty10;

import io.plainframe.sandbox.runtime.Container;
import io.plainframe.sandbox.runtime.Site;
import java.util.EnumSet;
import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import javax.servlet.Servlet;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** Jetty 10 as the sandbox's container on Platforms 6 and 7. */
public final class Jetty10Container implements Container {

    private static final int MAX_THREADS = 200;
    private static final int MAX_QUEUED = 2000;
    private static final long IDLE_MILLIS = 20_000;
    private static final long REQUEST_IO_MILLIS = 5_000;
    private static final long MIN_BYTES_PER_SECOND = 512;
    /** The system property that plants the defect of issue 13: no bounds on how slowly a request's input comes. */
    public static final String UNBOUNDED_READS = "plainframe.sandbox.plant.unboundedReads";

    private final Server server;
    private final ContextHandlerCollection contexts = new ContextHandlerCollection();

    /**
     * Threads for requests, bounded, with a bounded queue: what an anonymous client can hold is limited by the
     * request rules of {@link #start}, so a burst of slow clients cannot keep the others waiting for long.
     */
    public Jetty10Container() {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 8, 60_000,
                new BlockingArrayQueue<>(MAX_THREADS, MAX_THREADS, MAX_QUEUED));
        threads.setName("sandbox");
        server = new Server(threads);
        SecurityHeaders headers = new SecurityHeaders();
        headers.setHandler(contexts);
        server.setHandler(headers);
        server.setErrorHandler(new ErrorPage());
        server.setStopAtShutdown(false);
    }

    @Override
    public Site site(String contextPath, int maxFormBytes) {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath(contextPath);
        context.setErrorHandler(new ErrorPage());
        context.setMaxFormContentSize(maxFormBytes);
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
        contexts.addHandler(context);
        return new Site() {
            @Override
            public void filter(Object filter, String pattern) {
                context.addFilter(new FilterHolder((Filter) filter), pattern, EnumSet.of(DispatcherType.REQUEST));
            }

            @Override
            public void servlet(Object servlet, String pattern) {
                context.addServlet(new ServletHolder((Servlet) servlet), pattern);
            }
        };
    }

    /**
     * Bounds on a request's input (issue 13: slow posts to the login form hung both products): a body must arrive
     * at a minimal rate and a blocked read gives up after a few seconds, so a thread is not held long.
     */
    @Override
    public void start(int port) throws Exception {
        // A test seam, never set by the sandbox itself: SandboxSlowClientsTest's negative control takes these
        // bounds off, as issue 13 found the container, to show that its check then fails.
        boolean bounded = !Boolean.getBoolean(UNBOUNDED_READS);
        HttpConfiguration http = new HttpConfiguration();
        if (bounded) {
            http.setMinRequestDataRate(MIN_BYTES_PER_SECOND);
            http.setIdleTimeout(REQUEST_IO_MILLIS);
        }
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(16 * 1024);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("localhost");
        connector.setPort(port);
        if (bounded) {
            connector.setIdleTimeout(IDLE_MILLIS);
        }
        server.addConnector(connector);
        server.start();
    }

    @Override
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @Override
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void stop() throws Exception {
        server.stop();
    }
}
