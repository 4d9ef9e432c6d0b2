package io.plainframe.licensing.atlassian;

import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import io.plainframe.licensing.access.AccessSnapshot;
import io.plainframe.licensing.seat.SeatAllocation;
import io.plainframe.licensing.web.Caller;
import io.plainframe.licensing.web.Html;
import io.plainframe.licensing.web.TemplateTexts;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Plainframe's admin page, opened from UPM's Configure button and the admin menu. Security first, in this
 * order and before anything is read: anonymous visitors go to the login page and come back, non-admins get
 * 403, admins confirm their password (WebSudo); only then is the page rendered.
 */
// Unrestricted for the host (Platforms 7 and 8 check servlets): it must reach anonymous visitors to send them to the
// login page, and checks admin and WebSudo itself, as Atlassian's own Platform 8 admin servlets do.
@UnrestrictedAccess
public class PlainframeAdminServlet extends HttpServlet {

    static final String TEMPLATE = "io/plainframe/licensing/atlassian/templates/plainframe-admin.vm";
    /** The descriptor's web-resource module for this page. */
    static final String WEB_RESOURCES = "plainframe-admin-resources";
    /** Where the plugins' REST API is, below the host's context path (the descriptors' rest module). */
    static final String REST_PATH = "/rest/plainframe/1.0";
    /** UPM's page in both products, where Marketplace licenses are entered. */
    static final String UPM_PATH = "/plugins/servlet/upm";
    private static final long serialVersionUID = 1L;

    private final transient PlainframeHost host;

    public PlainframeAdminServlet(PlainframeHost host) {
        this.host = Objects.requireNonNull(host, "host");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = host.caller(request);
        if (caller.isAnonymous()) {
            response.sendRedirect(host.loginUris().getLoginUri(returnUri(request, host.canonicalBaseUrl()))
                    .toASCIIString());
            return;
        }
        if (!caller.admin()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/html;charset=UTF-8");
            // The host's general decorator frames it, like its own "not permitted" pages.
            response.getWriter().write("<!DOCTYPE html><html><head><title>"
                    + Html.escape(host.i18n().getText("plainframe.admin.title")) + "</title>"
                    + "<meta name=\"decorator\" content=\"atl.general\"></head><body>"
                    + "<div class=\"aui-message aui-message-warning\" id=\"plainframe-forbidden\"><p>"
                    + Html.escape(host.i18n().getText("plainframe.admin.forbidden")) + "</p></div></body></html>");
            return;
        }
        try {
            host.webSudo().willExecuteWebSudoRequest(request);
        } catch (WebSudoSessionException e) {
            host.webSudo().enforceWebSudoProtection(request, response);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        host.pageBuilder().assembler().resources().requireWebResource(
                "io.plainframe." + host.runtime().info().product().id() + ":" + WEB_RESOURCES);
        host.templates().render(TEMPLATE, context(request.getContextPath()), response.getWriter());
    }

    /**
     * What the template shows: strings only, each escaped here (hence the {@code Html} suffix of the names), so the
     * template calls no method, as Confluence 9 and Jira 10 require. The page's script fills in the rest from the
     * REST API.
     *
     * @param contextPath the host's context path, for the REST API's and UPM's addresses
     */
    Map<String, Object> context(String contextPath) {
        PlainframeRuntime runtime = host.runtime();
        AccessSnapshot snapshot = runtime.snapshots().latest();
        SeatAllocation seats = snapshot.allocation();
        SalTextRenderer texts = new SalTextRenderer(host.i18n());
        Map<String, Object> context = new HashMap<>(TemplateTexts.escaped(texts, AdminPageTexts.KEYS));
        context.put("licenseStatusHtml", Html.escape(texts.render(snapshot.license().status())));
        context.put("seatsHtml", Html.escape(host.i18n().getText("plainframe.admin.seats", seats.used(),
                seats.seats() == SeatAllocation.UNLIMITED ? -1 : seats.seats())));
        context.put("versionHtml", Html.escape(runtime.info().pluginVersion()));
        context.put("buildDateHtml", Html.escape(runtime.info().buildDate().date().toString()));
        context.put("restHtml", Html.escape(contextPath + REST_PATH));
        context.put("upmHtml", Html.escape(contextPath + UPM_PATH));
        context.put("contextPathHtml", Html.escape(contextPath));
        context.put("productHtml", Html.escape(runtime.info().product().id()));
        return context;
    }

    /**
     * Where to come back to after logging in: this page under the host's canonical base URL (its configured address,
     * never the request's {@code Host} header, which any client may set), or without its query if that is not a
     * valid URI.
     *
     * @param canonicalBaseUrl the host's base URL, context path included, as SAL gives it for {@code CANONICAL}
     */
    static URI returnUri(HttpServletRequest request, String canonicalBaseUrl) {
        String base = canonicalBaseUrl.endsWith("/") ? canonicalBaseUrl.substring(0, canonicalBaseUrl.length() - 1)
                : canonicalBaseUrl;
        String contextPath = request.getContextPath() == null ? "" : request.getContextPath();
        String path = request.getRequestURI() == null ? "" : request.getRequestURI();
        String url = base + (path.startsWith(contextPath) ? path.substring(contextPath.length()) : path);
        String query = request.getQueryString();
        try {
            return URI.create(query == null ? url : url + "?" + query);
        } catch (IllegalArgumentException e) {
            return URI.create(url);
        }
    }
}
