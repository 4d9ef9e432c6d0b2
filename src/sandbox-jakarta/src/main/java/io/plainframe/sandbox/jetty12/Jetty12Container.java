package io.plainframe.sandbox.jetty12;

import io.plainframe.sandbox.runtime.Container;
import io.plainframe.sandbox.runtime.HostPages;
import io.plainframe.sandbox.runtime.Site;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
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
        context.addFilter(new FilterHolder(new UnreadBodies()), "/*", EnumSet.of(DispatcherType.REQUEST));
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

    /**
     * Reads what is left of a request body once the answer is written, up to 2 MiB, as Tomcat (the hosts'
     * container) swallows it ({@code maxSwallowSize}): a client still sending a refused oversized body then reads
     * the answer. Jetty 12 would close such a connection at once, and the client would see no answer at all.
     */
    private static final class UnreadBodies extends HttpFilter {

        private static final long serialVersionUID = 1L;
        private static final long SWALLOW_BYTES = 2L * 1024 * 1024;

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            chain.doFilter(request, response);
            if (request.getContentLengthLong() > SWALLOW_BYTES) {
                return;
            }
            try {
                response.flushBuffer();
                InputStream body = request.getInputStream();
                long left = SWALLOW_BYTES;
                byte[] buffer = new byte[8192];
                int read;
                while (left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
                    left -= read;
                }
            } catch (IllegalStateException | IOException e) {
                // Read through a reader, or the client went away: nothing left to swallow.
            }
        }
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
