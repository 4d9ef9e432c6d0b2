package io.plainframe.sandbox.jetty12;

import io.plainframe.sandbox.runtime.Container;
import io.plainframe.sandbox.runtime.HostPages;
import io.plainframe.sandbox.runtime.Site;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty 12 ee10 as the sandbox's container on Platform 8, with the same bounds as Jetty 10 on Platforms 6 and 7:
 * bounded threads and queue, a minimal request data rate and short blocked reads, no server version.
 */
public final class Jetty12Container implements Container {

    private static final int MAX_THREADS = 200;
    private static final int MAX_QUEUED = 2000;
    private static final long IDLE_MILLIS = 20_000;
    private static final long REQUEST_IO_MILLIS = 5_000;
    private static final long MIN_BYTES_PER_SECOND = 512;

    private final Server server;
    private final ContextHandlerCollection contexts = new ContextHandlerCollection();

    public Jetty12Container() {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 8, 60_000,
                new BlockingArrayQueue<>(MAX_THREADS, MAX_THREADS, MAX_QUEUED));
        threads.setName("sandbox");
        server = new Server(threads);
        Handler.Wrapper headers = new Handler.Wrapper() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                HostPages.SECURITY_HEADERS.forEach(response.getHeaders()::put);
                return super.handle(request, response, callback);
            }
        };
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

    @Override
    public void start(int port) throws Exception {
        HttpConfiguration http = new HttpConfiguration();
        http.setMinRequestDataRate(MIN_BYTES_PER_SECOND);
        http.setIdleTimeout(REQUEST_IO_MILLIS);
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(16 * 1024);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("localhost");
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_MILLIS);
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

    /** The host's plain error page, for the server and for each context. */
    private static final class ErrorPage extends ErrorHandler {

        @Override
        protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                                                     String contentType, List<Charset> charsets, int code,
                                                     String message, Throwable cause) throws IOException {
            HostPages.SECURITY_HEADERS.forEach(response.getHeaders()::put);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=UTF-8");
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            byte[] page = HostPages.errorPage(code, HttpStatus.getMessage(code)).getBytes(StandardCharsets.UTF_8);
            response.write(true, ByteBuffer.wrap(page), callback);
            return true;
        }
    }
}
