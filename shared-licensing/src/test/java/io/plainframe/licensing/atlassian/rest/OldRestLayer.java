package io.plainframe.licensing.atlassian.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.servlet.Filter;
import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

/**
 * The REST layer's old ways with a request, planted in front of today's access filter for the controls that show
 * the body checks fail on them: a body read as lenient UTF-8, and a type never looked at.
 */
public final class OldRestLayer {

    private OldRestLayer() {
    }

    /** The access filter, seeing the request as the old layer made it. */
    public static Filter before(UnaryOperator<HttpServletRequest> old, Filter access) {
        return (request, response, chain) -> access.doFilter(old.apply((HttpServletRequest) request), response,
                chain);
    }

    /** The request with its body decoded leniently and encoded again, as it was read before the fix. */
    public static HttpServletRequest repairing(HttpServletRequest request) {
        byte[] repaired;
        try {
            repaired = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayInputStream body = new ByteArrayInputStream(repaired);
        return new HttpServletRequestWrapper(request) {
            @Override
            public ServletInputStream getInputStream() {
                return new ServletInputStream() {
                    @Override
                    public int read() {
                        return body.read();
                    }

                    @Override
                    public boolean isFinished() {
                        return body.available() == 0;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }

            @Override
            public int getContentLength() {
                return repaired.length;
            }

            @Override
            public long getContentLengthLong() {
                return repaired.length;
            }

            @Override
            public String getHeader(String name) {
                return name.equalsIgnoreCase("Content-Length") ? String.valueOf(repaired.length)
                        : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return name.equalsIgnoreCase("Content-Length")
                        ? Collections.enumeration(List.of(String.valueOf(repaired.length))) : super.getHeaders(name);
            }
        };
    }

    /** The request without its content type, as the endpoints that never looked at it saw it. */
    public static HttpServletRequest untyped(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getContentType() {
                return null;
            }

            @Override
            public String getHeader(String name) {
                return name.equalsIgnoreCase("Content-Type") ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return name.equalsIgnoreCase("Content-Type") ? Collections.emptyEnumeration() : super.getHeaders(name);
            }

            @Override
            public Enumeration<String> getHeaderNames() {
                return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                        .filter(name -> !name.equalsIgnoreCase("Content-Type")).toList());
            }
        };
    }
}
