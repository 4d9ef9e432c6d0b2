package io.plainframe.sandbox.web;

import io.plainframe.sandbox.host.Account;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** The host's start page (and its "page not found" for any other unknown path). */
public final class HomePage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Layout layout;
    private final String product;

    public HomePage(Layout layout, String product) {
        this.layout = layout;
        this.product = product;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.equals("/") && !path.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            AccountPages.html(response, layout.page(request, "Not found", "<h1>Page not found</h1><p>"
                    + "<a href=\"" + layout.contextPath() + "/\">Back to the start page</a></p>"));
            return;
        }
        boolean confluence = "confluence".equals(product);
        String ctx = layout.contextPath();
        Account account = Account.of(request);
        StringBuilder body = new StringBuilder("<h1>").append(confluence ? "Confluence" : "Jira")
                .append(" &mdash; Plainframe sandbox</h1><p>A stand-in ").append(confluence ? "Confluence" : "Jira")
                .append(" running the real Plainframe plugin. Nothing here talks to Atlassian.</p><ul>")
                .append("<li><a href=\"").append(ctx).append(confluence ? "/display/DEMO/Demo+Page\">The demo page"
                        : "/browse/DEMO-1\">Issue DEMO-1").append("</a>: what end users see.</li>")
                .append("<li><a href=\"").append(ctx).append("/plugins/servlet/plainframe/admin\">Plainframe ")
                .append("admin page</a>: license, editors, requests, audit (admins).</li>")
                .append("<li><a href=\"").append(ctx).append("/plugins/servlet/upm\">Manage apps</a>: the UPM ")
                .append("stand-in for Marketplace licenses and the host's user tier (admins).</li>")
                .append("<li><a href=\"").append(ctx).append("/demo-keys\">Demo keys</a>: ready-made license ")
                .append("keys to paste.</li></ul>")
                .append("<h2>Users</h2><p><code>admin</code> administers the host; <code>user01</code> to ")
                .append("<code>user50</code> are users. The password is the username. Groups: ")
                .append("<code>plainframe-editors</code> (user01&ndash;user03), <code>designers</code> ")
                .append("(user01&ndash;user10), <code>readers</code> (user41&ndash;user50, may view but not edit ")
                .append("the demo content).</p>");
        if (account == null) {
            body.append("<p><a class=\"aui-button aui-button-primary\" href=\"").append(ctx)
                    .append("/login\">Log in</a></p>");
        }
        AccountPages.html(response, layout.page(request, confluence ? "Confluence" : "Jira", body.toString()));
    }
}
