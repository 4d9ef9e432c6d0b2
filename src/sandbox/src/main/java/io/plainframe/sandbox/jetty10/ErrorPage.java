package io.plainframe.sandbox.jetty10;

import io.plainframe.sandbox.runtime.HostPages;
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/** Every error as {@link HostPages#errorPage}: the status and its reason, nothing the request or server carried. */
final class ErrorPage extends ErrorHandler {

    ErrorPage() {
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message)
            throws IOException {
        SecurityHeaders.addTo(response);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(HostPages.errorPage(code, HttpStatus.getMessage(code)));
        baseRequest.setHandled(true);
    }
}
