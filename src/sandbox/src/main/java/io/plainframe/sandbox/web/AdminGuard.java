package io.plainframe.sandbox.web;

import com.atlassian.sal.api.websudo.WebSudoManager;
import io.plainframe.sandbox.host.Account;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.UUID;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * The host's rules for its own admin pages (UPM): anonymous to the login page, users 403, admins WebSudo; and a
 * per-session form token ({@code atl_token}) on every form that changes something.
 */
final class AdminGuard {

    private static final String TOKEN = "io.plainframe.sandbox.token";

    private AdminGuard() {
    }

    /** Whether the request may go on; when not, the response has been sent. */
    static boolean admit(Layout layout, WebSudoManager webSudo, HttpServletRequest request,
                         HttpServletResponse response) throws IOException {
        Account account = Account.of(request);
        if (account == null) {
            String here = request.getRequestURI() + (request.getQueryString() == null ? ""
                    : "?" + request.getQueryString());
            response.sendRedirect(layout.contextPath() + "/login?os_destination="
                    + URLEncoder.encode(here, StandardCharsets.UTF_8));
            return false;
        }
        if (!account.admin()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            AccountPages.html(response, layout.page(request, "Forbidden", "<h1>Forbidden</h1><p id=\"forbidden\">"
                    + "Only administrators can open this page.</p>"));
            return false;
        }
        if (!webSudo.canExecuteRequest(request)) {
            webSudo.enforceWebSudoProtection(request, response);
            return false;
        }
        return true;
    }

    /** The session's form token, as a hidden field. */
    static String tokenField(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        String token = (String) session.getAttribute(TOKEN);
        if (token == null) {
            token = UUID.randomUUID().toString();
            session.setAttribute(TOKEN, token);
        }
        return "<input type=\"hidden\" name=\"atl_token\" value=\"" + token + "\">";
    }

    /** Whether a form post carries the session's token (scripts sending their own credentials need none, as in
     * the hosts). */
    static boolean tokenMatches(HttpServletRequest request) {
        Account account = Account.of(request);
        if (account != null && account.ownCredentials()) {
            return true;
        }
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(TOKEN);
        String sent = request.getParameter("atl_token");
        return expected != null && sent != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
