package io.plainframe.licensing.atlassian.rest;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.plainframe.licensing.atlassian.PlainframeHost;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.mockito.stubbing.Answer;

/**
 * One request through {@link RestAccessFilter} in a host at {@code /confluence} whose REST servlet is mapped at
 * {@code /rest}: a mocked request whose body fails the test if anything reads it, and what came out.
 */
final class FilterRun {

    static final String CONTEXT = "/confluence";

    private final Filter filter;
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final AtomicBoolean bodyTouched = new AtomicBoolean();
    private final AtomicBoolean passed = new AtomicBoolean();
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private int status;

    FilterRun(PlainframeHost host) throws Exception {
        this(new RestAccessFilter(host));
    }

    /** A request through another filter: a double with a bug, for the checks' negative controls. */
    FilterRun(Filter filter) throws Exception {
        this.filter = filter;
        Answer<Object> trip = call -> {
            bodyTouched.set(true);
            throw new AssertionError("the filter touched the body: " + call.getMethod().getName());
        };
        when(request.getInputStream()).thenAnswer(call -> {
            bodyTouched.set(true);
            return new TrippedBody();
        });
        when(request.getReader()).thenAnswer(trip);
        when(request.getParameter(anyString())).thenAnswer(trip);
        when(request.getParameterMap()).thenAnswer(trip);
        when(request.getParameterNames()).thenAnswer(trip);
        when(request.getParameterValues(anyString())).thenAnswer(trip);
        when(request.getParts()).thenAnswer(trip);
        when(request.getContextPath()).thenReturn(CONTEXT);
        when(request.getServletPath()).thenReturn("/rest");
    }

    /** A request as sent, with the path below the REST base as the container decodes it being the same. */
    FilterRun request(String method, String path) {
        return request(method, "/rest/plainframe/1.0/" + path, "/rest/plainframe/1.0/" + path);
    }

    /**
     * @param raw     the path below the context as sent (the request URI's)
     * @param decoded the same path as the container decoded and normalised it (servlet path and path info)
     */
    FilterRun request(String method, String raw, String decoded) {
        when(request.getMethod()).thenReturn(method);
        when(request.getRequestURI()).thenReturn(CONTEXT + raw);
        when(request.getPathInfo()).thenReturn(decoded.substring("/rest".length()));
        return this;
    }

    HttpServletRequest request() {
        return request;
    }

    /** Runs the filter: the request passed on, or the answer it got. */
    AccessMatrix.Answer answer() throws Exception {
        respond();
        return outcome();
    }

    /** Runs the filter and hands back the response it wrote to. */
    HttpServletResponse respond() throws Exception {
        HttpServletResponse response = mock(HttpServletResponse.class);
        doAnswer(call -> status = call.getArgument(0)).when(response).setStatus(anyInt());
        when(response.getOutputStream()).thenReturn(new Sink());
        FilterChain chain = mock(FilterChain.class);
        doAnswer(call -> {
            passed.set(true);
            return null;
        }).when(chain).doFilter(any(), any());
        filter.doFilter(request, response, chain);
        if (bodyTouched.get()) {
            throw new AssertionError("the filter touched the body");
        }
        return response;
    }

    private AccessMatrix.Answer outcome() {
        if (passed.get()) {
            return written.size() == 0 && status == 0 ? AccessMatrix.Answer.PASSED
                    : new AccessMatrix.Answer(true, status, "answered and passed on", written.toString(
                    StandardCharsets.UTF_8));
        }
        Map<String, Object> json = AccessMatrix.json(written.toString(StandardCharsets.UTF_8));
        return new AccessMatrix.Answer(false, status, (String) json.get("code"), (String) json.get("message"));
    }

    /** A body that fails the test when read. */
    private final class TrippedBody extends ServletInputStream {
        @Override
        public int read() {
            throw new AssertionError("the filter read the body");
        }

        @Override
        public boolean isFinished() {
            return false;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new AssertionError("the filter read the body");
        }
    }

    private final class Sink extends ServletOutputStream {
        @Override
        public void write(int b) {
            written.write(b);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
        }
    }
}
