package io.plainframe.sandbox.jetty10;

import io.plainframe.sandbox.runtime.HostPages;
import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/** {@link HostPages#SECURITY_HEADERS} on every answer, set before anything else runs. */
final class SecurityHeaders extends HandlerWrapper {

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        addTo(response);
        super.handle(target, baseRequest, request, response);
    }

    /** Puts the headers on a response (error pages call it again, as an error may reset the response). */
    static void addTo(HttpServletResponse response) {
        HostPages.SECURITY_HEADERS.forEach(response::setHeader);
    }
}
