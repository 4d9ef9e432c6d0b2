package io.plainframe.sandbox.web;

import io.plainframe.sandbox.host.Account;
import io.plainframe.sandbox.host.HostFaults;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Atlassian REST's check against cross-site request forgery, in its stricter form: a state-changing request
 * passes only with the {@code X-Atlassian-Token: no-check} header or a body of a type no other site can send
 * without a CORS preflight: JSON, or CSV where the plugin declares it (its import). Everything else, from a form,
 * {@code text/plain}, an {@code <a ping>} ({@code text/ping}) to no type at all, is refused with 403. POSTs are
 * checked whoever sends them, as Atlassian REST does; PUT, DELETE and PATCH when the browser's session cookie
 * vouches for the caller (a script sending its own credentials, basic auth or a personal access token, cannot
 * be forged by a page).
 */
public final class XsrfFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "DELETE", "PATCH");
    /** The one endpoint whose {@code @Consumes} is CSV. */
    private static final String CSV_IMPORT = "/rest/plainframe/1.0/editors/import";

    private final transient HostFaults faults;

    public XsrfFilter(HostFaults faults) {
        this.faults = faults;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        Account account = Account.of(request);
        boolean checked = STATE_CHANGING.contains(method) && ("POST".equals(method)
                || account == null || !account.ownCredentials());
        if (checked && !faults.planted(HostFaults.Fault.NO_XSRF_CHECK)
                && !hasToken(request.getHeader("X-Atlassian-Token"))
                && !preflighted(mediaType(request.getContentType()),
                request.getRequestURI().substring(request.getContextPath().length()))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write("{\"code\":\"XSRF_CHECK_FAILED\",\"message\":\"XSRF check failed: send JSON "
                    + "or the header X-Atlassian-Token: no-check.\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Types a page on another site cannot send with the user's cookies unless a CORS preflight allows it. */
    private static boolean preflighted(String mediaType, String path) {
        return "application/json".equals(mediaType) || "text/csv".equals(mediaType) && CSV_IMPORT.equals(path);
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static boolean hasToken(String token) {
        return token != null && (token.equalsIgnoreCase("no-check") || token.equalsIgnoreCase("nocheck"));
    }
}
