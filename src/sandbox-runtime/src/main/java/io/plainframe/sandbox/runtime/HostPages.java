package io.plainframe.sandbox.runtime;

import java.util.Map;

/** What every container of the sandbox answers alike: security headers and the plain error page. */
public final class HostPages {

    /**
     * The headers Confluence and Jira send on every answer: no framing by other sites (clickjacking) and no
     * content-type sniffing.
     */
    public static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Frame-Options", "SAMEORIGIN",
            "Content-Security-Policy", "frame-ancestors 'self'",
            "X-Content-Type-Options", "nosniff");

    private HostPages() {
    }

    /**
     * The error page: the status and its standard reason, never a stack trace, an exception's message or anything
     * the request carried (the hosts show their own error page too).
     */
    public static String errorPage(int code, String reason) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + code + " " + reason
                + "</title></head><body><h1 id=\"error\">" + code + " " + reason + "</h1><p>"
                + (code >= 500 ? "Something went wrong on the server; it is logged." : "The request could not be "
                + "answered.") + "</p></body></html>\n";
    }
}
