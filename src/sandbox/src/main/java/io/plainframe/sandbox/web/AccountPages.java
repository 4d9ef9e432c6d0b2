package io.plainframe.sandbox.web;

import io.plainframe.licensing.web.Html;
import io.plainframe.sandbox.host.Accounts;
import io.plainframe.sandbox.host.HostFaults;
import io.plainframe.sandbox.host.SalServices;
import io.plainframe.sandbox.host.SandboxUsers;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/** Log in, log out and WebSudo's "confirm your password", as the hosts have them. */
public final class AccountPages {

    /** A login form is a few hundred bytes; more is refused before it is read. */
    static final int MAX_LOGIN_BYTES = 8 * 1024;
    private static final int MAX_DESTINATION_LENGTH = 2048;
    /** Outside printable ASCII, a backslash, or an encoded dot, slash or backslash. */
    private static final Pattern UNSAFE_IN_DESTINATION = Pattern.compile("[^\\x21-\\x7e]|\\\\|%(2[eEfF]|5[cC])");

    private AccountPages() {
    }

    /** {@code /login}: a form; on success back to {@code os_destination} (within the host only). */
    public static HttpServlet login(Layout layout, SandboxUsers users, HostFaults faults) {
        return new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                form(request, response, null);
            }

            @Override
            protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
                if (request.getContentLengthLong() > MAX_LOGIN_BYTES) {
                    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                    html(response, layout.page(request, "Log in", "<h1>Log in</h1><p id=\"login-error\">The form "
                            + "is too large.</p>"));
                    return;
                }
                if (!tokenMatches(request, faults)) {
                    // A form on another site must not sign the visitor in as someone else (login CSRF).
                    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                    form(request, response, "Your session expired or the form came from elsewhere. Log in again.");
                    return;
                }
                String username = request.getParameter("os_username");
                if (!Accounts.passwordMatches(users, username, request.getParameter("os_password"))) {
                    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                    form(request, response, "Wrong username or password. In the sandbox the password is the username.");
                    return;
                }
                HttpSession old = request.getSession(false);
                if (old != null) {
                    old.invalidate();
                }
                HttpSession session = request.getSession(true);
                session.setAttribute(AuthFilter.SESSION_USER, users.byName(username).orElseThrow().key());
                String requested = request.getParameter("os_destination");
                response.sendRedirect(faults.planted(HostFaults.Fault.WAY_BACK_AS_GIVEN) ? requested
                        : destination(layout, requested));
            }

            private void form(HttpServletRequest request, HttpServletResponse response, String error)
                    throws IOException {
                String destination = request.getParameter("os_destination");
                String body = "<h1>Log in</h1>" + (error == null ? "" : "<div class=\"aui-message aui-message-error\""
                        + " id=\"login-error\"><p>" + Html.escape(error) + "</p></div>")
                        + "<form class=\"aui\" method=\"post\" action=\"" + layout.contextPath() + "/login\">"
                        + "<div class=\"field-group\"><label for=\"os_username\">Username</label>"
                        + "<input class=\"text\" id=\"os_username\" name=\"os_username\" autofocus></div>"
                        + "<div class=\"field-group\"><label for=\"os_password\">Password</label>"
                        + "<input class=\"text\" type=\"password\" id=\"os_password\" name=\"os_password\"></div>"
                        + "<input type=\"hidden\" name=\"os_destination\" value=\"" + Html.escape(destination) + "\">"
                        + AdminGuard.tokenField(request)
                        + "<div class=\"buttons-container\"><div class=\"buttons\"><button class=\"aui-button "
                        + "aui-button-primary\" id=\"login-submit\" type=\"submit\">Log in</button></div></div></form>"
                        + "<p>Users: <code>admin</code> and <code>user01</code> to <code>user50</code>; the password "
                        + "is the username.</p>";
                html(response, layout.page(request, "Log in", body));
            }
        };
    }

    /**
     * {@code /logout}: a post with the session's form token signs out; a link (a GET) only asks, so another site
     * cannot sign anyone out.
     */
    public static HttpServlet logout(Layout layout, HostFaults faults) {
        return new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                if (request.getSession(false) == null) {
                    response.sendRedirect(layout.contextPath() + "/");
                    return;
                }
                html(response, layout.page(request, "Log out", "<h1>Log out</h1><p>Do you want to log out?</p>"
                        + "<form class=\"aui\" method=\"post\" action=\"" + layout.contextPath() + "/logout\">"
                        + AdminGuard.tokenField(request) + "<div class=\"buttons-container\"><div class=\"buttons\">"
                        + "<button class=\"aui-button aui-button-primary\" id=\"logout-submit\" type=\"submit\">"
                        + "Log out</button></div></div></form>"));
            }

            @Override
            protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
                if (!tokenMatches(request, faults)) {
                    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                    html(response, layout.page(request, "Log out", "<h1>Log out</h1><p id=\"logout-error\">The "
                            + "form came from elsewhere or your session changed; you are still logged in.</p>"));
                    return;
                }
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(layout.contextPath() + "/");
            }
        };
    }

    /** {@code /authenticate}: WebSudo asks an admin for their password again before admin pages. */
    public static HttpServlet webSudo(Layout layout, SandboxUsers users) {
        return new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                form(request, response, null);
            }

            @Override
            protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
                HttpSession session = request.getSession(false);
                String key = session == null ? null : (String) session.getAttribute(AuthFilter.SESSION_USER);
                SandboxUsers.User user = key == null ? null : users.byKey(key).orElse(null);
                if (user == null) {
                    response.sendRedirect(layout.contextPath() + "/login");
                    return;
                }
                if (!Accounts.passwordMatches(users, user.username(), request.getParameter("password"))) {
                    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                    form(request, response, "That is not your password.");
                    return;
                }
                session.setAttribute(SalServices.WEBSUDO_ATTRIBUTE,
                        System.currentTimeMillis() + SalServices.WEBSUDO_MILLIS);
                response.sendRedirect(destination(layout, request.getParameter("destination")));
            }

            private void form(HttpServletRequest request, HttpServletResponse response, String error)
                    throws IOException {
                String body = "<h1>Administrator access</h1><p>You have requested access to an administrative "
                        + "function. Please confirm your password.</p>" + (error == null ? ""
                        : "<div class=\"aui-message aui-message-error\" id=\"websudo-error\"><p>"
                        + Html.escape(error) + "</p></div>")
                        + "<form class=\"aui\" method=\"post\" action=\"" + layout.contextPath() + "/authenticate\">"
                        + "<div class=\"field-group\"><label for=\"websudo-password\">Password</label>"
                        + "<input class=\"text\" type=\"password\" id=\"websudo-password\" name=\"password\" autofocus>"
                        + "</div><input type=\"hidden\" name=\"destination\" value=\""
                        + Html.escape(request.getParameter("destination")) + "\"><div class=\"buttons-container\">"
                        + "<div class=\"buttons\"><button class=\"aui-button aui-button-primary\" id=\"websudo-submit\""
                        + " type=\"submit\">Confirm</button></div></div></form>";
                html(response, layout.page(request, "Administrator access", body));
            }
        };
    }

    /**
     * Only a path within this host, under its context path: no scheme, authority, backslash, dot segment, control
     * or non-ASCII character, encoded slash or dot; anything else leads home. Never an open redirect, never a
     * header a crafted value could break.
     */
    static String destination(Layout layout, String requested) {
        String home = layout.contextPath() + "/";
        if (requested == null || requested.length() > MAX_DESTINATION_LENGTH || !requested.startsWith(home)
                || requested.contains("//") || UNSAFE_IN_DESTINATION.matcher(requested).find()) {
            return home;
        }
        try {
            URI uri = new URI(requested);
            boolean plainPath = uri.getScheme() == null && uri.getRawAuthority() == null
                    && uri.getRawPath().equals(uri.normalize().getRawPath());
            return plainPath ? requested : home;
        } catch (URISyntaxException e) {
            return home;
        }
    }

    static void html(HttpServletResponse response, String page) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(page);
    }

    private static boolean tokenMatches(HttpServletRequest request, HostFaults faults) {
        return faults.planted(HostFaults.Fault.FORM_TOKEN_NOT_CHECKED) || AdminGuard.tokenMatches(request);
    }
}
