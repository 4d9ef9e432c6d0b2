package io.plainframe.sandbox.web;

import io.plainframe.sandbox.host.Account;
import io.plainframe.sandbox.host.Accounts;
import io.plainframe.sandbox.host.SandboxUsers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * Who is signed in: the session's user (pages log in with a form) or, for scripts, HTTP basic auth or a personal
 * access token ({@code Authorization: Bearer}) on every request (SPEC 10). Deactivated users are signed out.
 */
public final class AuthFilter extends HttpFilter {

    static final String SESSION_USER = "io.plainframe.sandbox.user";
    private static final long serialVersionUID = 1L;

    private final transient SandboxUsers users;
    private final boolean basicAuthOnRest;

    /**
     * @param basicAuthOnRest whether REST takes basic auth; when not (Jira 11), such a call is refused with 403
     *                        before its credentials are looked at, as the hosts' "Allow basic authentication on
     *                        API calls" setting does
     */
    public AuthFilter(SandboxUsers users, boolean basicAuthOnRest) {
        this.users = users;
        this.basicAuthOnRest = basicAuthOnRest;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (basic && !basicAuthOnRest && request.getRequestURI().startsWith(request.getContextPath() + "/rest/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"message\":\"Basic Authentication has been disabled on this instance.\"}");
            return;
        }
        if (basic) {
            String[] credentials = decode(authorization.substring(6));
            if (credentials == null || !Accounts.passwordMatches(users, credentials[0], credentials[1])) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Plainframe sandbox\"");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Wrong username or password.");
                return;
            }
            users.byName(credentials[0]).ifPresent(user ->
                    new Account(user.key(), user.username(), user.admin(), true).attachTo(request));
        } else if (authorization != null && authorization.strip().split("\\s", 2)[0].equalsIgnoreCase("Bearer")) {
            Optional<SandboxUsers.User> owner = Accounts.byToken(users, authorization.strip().substring(6).strip());
            if (owner.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"Plainframe sandbox\"");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Unknown personal access token.");
                return;
            }
            owner.ifPresent(user -> new Account(user.key(), user.username(), user.admin(), true).attachTo(request));
        } else {
            HttpSession session = request.getSession(false);
            String key = session == null ? null : (String) session.getAttribute(SESSION_USER);
            if (key != null) {
                users.byKey(key).filter(SandboxUsers.User::active).ifPresentOrElse(
                        user -> new Account(user.key(), user.username(), user.admin(), false).attachTo(request),
                        session::invalidate);
            }
        }
        Account.bind(request);
        try {
            chain.doFilter(request, response);
        } finally {
            Account.unbind();
        }
    }

    private static String[] decode(String encoded) {
        try {
            String text = new String(Base64.getDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon < 0 ? null : new String[] {text.substring(0, colon), text.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
