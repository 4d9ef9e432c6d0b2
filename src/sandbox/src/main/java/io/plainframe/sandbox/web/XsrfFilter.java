package io.plainframe.sandbox.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * What Atlassian REST does against cross-site request forgery: a POST that another site could send without a
 * CORS preflight (a plain HTML form, or no body at all) needs the {@code X-Atlassian-Token: no-check} header,
 * which no other site can set. JSON and CSV bodies, PUT and DELETE all need a preflight, so they pass.
 */
public final class XsrfFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && formLike(request.getContentType())
                && !hasToken(request.getHeader("X-Atlassian-Token"))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"code\":\"XSRF_CHECK_FAILED\",\"message\":\"XSRF check failed: send the "
                    + "header X-Atlassian-Token: no-check.\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean formLike(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return FORM_TYPES.contains(type);
    }

    private static boolean hasToken(String token) {
        return token != null && (token.equalsIgnoreCase("no-check") || token.equalsIgnoreCase("nocheck"));
    }
}
