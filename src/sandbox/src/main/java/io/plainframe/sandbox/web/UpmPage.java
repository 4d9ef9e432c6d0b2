package io.plainframe.sandbox.web;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.upm.api.license.entity.LicenseError;
import io.plainframe.licensing.web.Html;
import io.plainframe.sandbox.host.SandboxUpm;
import io.plainframe.sandbox.plugin.LoadedPlugin;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /plugins/servlet/upm}: the sandbox's stand-in for UPM's "Manage apps". It lists Plainframe with its
 * Configure button, installs or removes a Marketplace license (with any {@code LicenseError} UPM can report) and
 * sets the host's licensed user tier, which a Marketplace license must match.
 */
public final class UpmPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Layout layout;
    private final transient LoadedPlugin plugin;
    private final transient SandboxUpm upm;
    private final transient WebSudoManager webSudo;

    public UpmPage(Layout layout, LoadedPlugin plugin, SandboxUpm upm, WebSudoManager webSudo) {
        this.layout = layout;
        this.plugin = plugin;
        this.upm = upm;
        this.webSudo = webSudo;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (AdminGuard.admit(layout, webSudo, request, response)) {
            show(request, response, null, null);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!AdminGuard.admit(layout, webSudo, request, response)) {
            return;
        }
        if (!AdminGuard.tokenMatches(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            show(request, response, null, "The form expired. Reload the page and try again.");
            return;
        }
        String action = String.valueOf(request.getParameter("action"));
        switch (action) {
            case "install" -> install(request, response);
            case "remove" -> {
                upm.remove();
                done(response, "removed");
            }
            case "tier" -> {
                Optional<Integer> tier = number(request.getParameter("tier"))
                        .filter(SandboxUpm.TIERS::contains);
                if (tier.isEmpty()) {
                    bad(request, response, "Choose one of the listed user tiers.");
                } else {
                    upm.setHostTier(tier.get());
                    done(response, "tier");
                }
            }
            default -> bad(request, response, "Unknown action.");
        }
    }

    private void install(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String licensee = request.getParameter("licensee");
        Optional<Integer> users = number(request.getParameter("users")).filter(SandboxUpm.TIERS::contains);
        String error = request.getParameter("error");
        if (licensee == null || licensee.isBlank() || licensee.length() > 200) {
            bad(request, response, "Enter the licensee's organisation (at most 200 characters).");
            return;
        }
        if (users.isEmpty()) {
            bad(request, response, "Choose one of the listed user tiers.");
            return;
        }
        if (error != null && !error.isBlank() && !isLicenseError(error)) {
            bad(request, response, "Choose one of the listed license errors.");
            return;
        }
        LocalDate expiry;
        LocalDate maintenance;
        try {
            expiry = date(request.getParameter("expiry"));
            maintenance = date(request.getParameter("maintenance"));
        } catch (DateTimeParseException e) {
            bad(request, response, "Dates are written as 2026-12-31.");
            return;
        }
        upm.install(new SandboxUpm.Installed(licensee.strip(), users.get(),
                "on".equals(request.getParameter("evaluation")), expiry, maintenance,
                error == null || error.isBlank() ? null : error));
        done(response, "installed");
    }

    private void done(HttpServletResponse response, String what) throws IOException {
        response.sendRedirect(layout.contextPath() + "/plugins/servlet/upm?done=" + what);
    }

    private void bad(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        show(request, response, null, message);
    }

    private void show(HttpServletRequest request, HttpServletResponse response, String success, String error)
            throws IOException {
        String done = request.getParameter("done");
        if (success == null && error == null && done != null) {
            success = switch (done) {
                case "installed" -> "The Marketplace license is installed. Plainframe's admin page shows it at once; "
                        + "pages and issues follow within 15 seconds.";
                case "removed" -> "The Marketplace license is removed. Plainframe's admin page shows it at once; "
                        + "pages and issues follow within 15 seconds.";
                case "tier" -> "The host's licensed user tier is saved.";
                default -> null;
            };
        }
        String ctx = layout.contextPath();
        StringBuilder body = new StringBuilder("<h1>Manage apps</h1>");
        if (success != null) {
            body.append("<div class=\"aui-message aui-message-success\" id=\"upm-success\" role=\"status\"><p>")
                    .append(Html.escape(success)).append("</p></div>");
        }
        if (error != null) {
            body.append("<div class=\"aui-message aui-message-error\" id=\"upm-error\" role=\"alert\"><p>")
                    .append(Html.escape(error)).append("</p></div>");
        }
        body.append("<h2>User-installed apps</h2><table class=\"aui\" id=\"upm-apps\"><thead><tr><th>App</th>")
                .append("<th>Version</th><th>Key</th><th>Actions</th></tr></thead><tbody><tr><td>")
                .append(Html.escape(plugin.name())).append("</td><td>").append(Html.escape(plugin.version()))
                .append("</td><td><code>").append(Html.escape(plugin.key())).append("</code></td><td><a ")
                .append("class=\"aui-button\" id=\"upm-configure\" href=\"").append(Html.escape(ctx
                        + plugin.configureUrl())).append("\">Configure</a></td></tr></tbody></table>");
        body.append("<h2>Marketplace license of ").append(Html.escape(plugin.name())).append("</h2>");
        Optional<SandboxUpm.Installed> installed = upm.installed();
        if (installed.isEmpty()) {
            body.append("<p id=\"upm-license\">No Marketplace license is installed.</p>");
        } else {
            SandboxUpm.Installed license = installed.get();
            String verdict = upm.verdict(license).map(e -> "UPM reports " + e.name() + ".")
                    .orElse("UPM reports it valid.");
            body.append("<p id=\"upm-license\">Licensed to ").append(Html.escape(license.licensee())).append(", ")
                    .append(license.users() == 0 ? "unlimited users" : license.users() + " users")
                    .append(license.evaluation() ? ", evaluation" : "")
                    .append(license.expiry() == null ? "" : ", expires " + license.expiry())
                    .append(license.maintenance() == null ? "" : ", maintenance until " + license.maintenance())
                    .append(". <strong id=\"upm-verdict\">").append(Html.escape(verdict)).append("</strong></p>")
                    .append("<form class=\"aui\" method=\"post\">").append(AdminGuard.tokenField(request))
                    .append("<input type=\"hidden\" name=\"action\" value=\"remove\"><button type=\"submit\" ")
                    .append("class=\"aui-button\" id=\"upm-remove\">Remove license</button></form>");
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        body.append("<h3>Install a Marketplace license</h3>")
                .append("<form class=\"aui\" method=\"post\" id=\"upm-install-form\">")
                .append(AdminGuard.tokenField(request))
                .append("<input type=\"hidden\" name=\"action\" value=\"install\">")
                .append(field("upm-licensee", "Licensee", "<input class=\"text\" id=\"upm-licensee\" "
                        + "name=\"licensee\" value=\"Example Corp\" maxlength=\"200\">"))
                .append(field("upm-users", "User tier", tiers("upm-users", "users", upm.hostTier())))
                .append("<fieldset class=\"group\"><legend><span>Evaluation</span></legend><div class=\"checkbox\">")
                .append("<input class=\"checkbox\" type=\"checkbox\" id=\"upm-evaluation\" name=\"evaluation\">")
                .append("<label for=\"upm-evaluation\">This is an evaluation license</label></div></fieldset>")
                .append(field("upm-expiry", "Expires on (evaluations; empty for never)", "<input class=\"text\" "
                        + "type=\"date\" id=\"upm-expiry\" name=\"expiry\">"))
                .append(field("upm-maintenance", "Maintenance until", "<input class=\"text\" type=\"date\" "
                        + "id=\"upm-maintenance\" name=\"maintenance\" value=\"" + today.plusYears(1) + "\">"))
                .append(field("upm-error", "Error UPM reports", errors()))
                .append("<div class=\"buttons-container\"><div class=\"buttons\"><button type=\"submit\" ")
                .append("class=\"aui-button aui-button-primary\" id=\"upm-install\">Install license</button>")
                .append("</div></div></form>");
        body.append("<h2>This host's license</h2><p>A Marketplace app license must match the host's licensed user ")
                .append("tier; otherwise UPM reports <code>USER_MISMATCH</code>.</p><form class=\"aui\" method=")
                .append("\"post\">").append(AdminGuard.tokenField(request))
                .append("<input type=\"hidden\" name=\"action\" value=\"tier\">")
                .append(field("upm-host-tier", "Licensed users of this host", tiers("upm-host-tier", "tier",
                        upm.hostTier())))
                .append("<div class=\"buttons-container\"><div class=\"buttons\"><button type=\"submit\" ")
                .append("class=\"aui-button\" id=\"upm-save-tier\">Save tier</button></div></div></form>");
        AccountPages.html(response, layout.page(request, "Manage apps", body.toString()));
    }

    private static String field(String id, String label, String control) {
        return "<div class=\"field-group\"><label for=\"" + id + "\">" + Html.escape(label) + "</label>" + control
                + "</div>";
    }

    private static String tiers(String id, String name, int selected) {
        StringBuilder select = new StringBuilder("<select class=\"select\" id=\"" + id + "\" name=\"" + name + "\">");
        for (int tier : SandboxUpm.TIERS) {
            select.append("<option value=\"").append(tier).append('"').append(tier == selected ? " selected" : "")
                    .append('>').append(tier == 0 ? "Unlimited" : tier + " users").append("</option>");
        }
        return select.append("</select>").toString();
    }

    private static String errors() {
        StringBuilder select = new StringBuilder("<select class=\"select\" id=\"upm-error\" name=\"error\">"
                + "<option value=\"\">None (UPM decides from the dates and tier)</option>");
        for (LicenseError error : LicenseError.values()) {
            select.append("<option value=\"").append(error.name()).append("\">").append(error.name())
                    .append("</option>");
        }
        return select.append("</select>").toString();
    }

    private static boolean isLicenseError(String name) {
        for (LicenseError error : LicenseError.values()) {
            if (error.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
