package io.plainframe.sandbox.web;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * What every error looks like: a plain page with the status and its standard reason, never a stack trace, an
 * exception's message or anything the request carried (the hosts show their own error page too).
 */
public final class ErrorPage extends ErrorHandler {

    public ErrorPage() {
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message)
            throws IOException {
        SecurityHeaders.addTo(response);
        String reason = HttpStatus.getMessage(code);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + code
                + " " + reason + "</title></head><body><h1 id=\"error\">" + code + " " + reason + "</h1><p>"
                + (code >= 500 ? "Something went wrong on the server; it is logged." : "The request could not be "
                + "answered.") + "</p></body></html>\n");
        baseRequest.setHandled(true);
    }
}
