package io.plainframe.sandbox.web;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * The headers Confluence and Jira send on every answer: no framing by other sites (clickjacking) and no
 * content-type sniffing. Set before anything else runs, so pages, REST, files and errors all carry them.
 */
public final class SecurityHeaders extends HandlerWrapper {

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        addTo(response);
        super.handle(target, baseRequest, request, response);
    }

    /** Puts the headers on a response (error pages call it again, as an error may reset the response). */
    static void addTo(HttpServletResponse response) {
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
