package io.plainframe.sandbox.web;

import io.plainframe.licensing.web.Html;
import io.plainframe.sandbox.host.Account;
import io.plainframe.sandbox.plugin.LoadedPlugin;
import java.util.List;
import javax.servlet.http.HttpServletRequest;

/**
 * The frame of every page of a sandbox host: the host's AUI (served from the vendored copy, as Confluence and
 * Jira serve their own), a header with the product's name and navigation, and the page's content.
 */
public final class Layout {

    /** AUI's files in the order a page includes them. */
    static final List<String> AUI_CSS = List.of("aui/aui-prototyping.css");
    static final List<String> AUI_JS = List.of("aui/jquery/jquery.min.js", "aui/aui-prototyping.js");
    /** Jira's own page scripts the plugin depends on: the AMD event modules (jira.webresources:jira-events). */
    static final List<String> JIRA_JS = List.of("aui/jira/jira-events.js");

    private final String product;
    private final String contextPath;
    private final List<LoadedPlugin.WebItem> adminMenu;

    /**
     * @param product     {@code confluence} or {@code jira}
     * @param contextPath the product's context path
     * @param adminMenu   what plugins add to the product's admin menu
     */
    public Layout(String product, String contextPath, List<LoadedPlugin.WebItem> adminMenu) {
        this.product = product;
        this.contextPath = contextPath;
        this.adminMenu = List.copyOf(adminMenu);
    }

    public String contextPath() {
        return contextPath;
    }

    /** The {@code <head>} tags for AUI, the given extra tags after them. */
    public String headTags(String extra) {
        // What the hosts' page setup gives scripts before AUI: the context path, as a meta tag and AJS.contextPath.
        StringBuilder head = new StringBuilder("<meta name=\"ajs-context-path\" content=\"").append(contextPath)
                .append("\">\n<script>window.AJS = window.AJS || {}; AJS.contextPath = function () { return \"")
                .append(contextPath).append("\"; };</script>\n");
        for (String css : AUI_CSS) {
            head.append("<link rel=\"stylesheet\" href=\"").append(contextPath).append('/').append(css).append("\">\n");
        }
        for (String js : "jira".equals(product) ? concat(AUI_JS, JIRA_JS) : AUI_JS) {
            head.append("<script src=\"").append(contextPath).append('/').append(js).append("\"></script>\n");
        }
        return head.append(extra).toString();
    }

    /** The header bar with navigation, for the signed-in account (or none). */
    public String header(HttpServletRequest request) {
        Account account = Account.of(request);
        String content = "confluence".equals(product) ? "/display/DEMO/Demo+Page" : "/browse/DEMO-1";
        String contentName = "confluence".equals(product) ? "Demo page" : "DEMO-1";
        StringBuilder header = new StringBuilder("<header id=\"header\" role=\"banner\"><nav class=\"aui-header\" "
                + "aria-label=\"Site\"><div class=\"aui-header-inner\"><div class=\"aui-header-primary\">"
                + "<span id=\"logo\" class=\"aui-header-logo aui-header-logo-textonly\"><a id=\"sandbox-product\" "
                + "href=\"" + contextPath + "/\"><span class=\"aui-header-logo-device\">");
        header.append("confluence".equals(product) ? "Confluence" : "Jira").append(" &middot; Plainframe sandbox")
                .append("</span></a></span>")
                .append("<ul class=\"aui-nav\">")
                .append(link("/", "Home", "nav-home"))
                .append(link(content, contentName, "nav-content"));
        if (account != null && account.admin()) {
            for (LoadedPlugin.WebItem item : adminMenu) {
                header.append(link(item.link(), item.label(), item.id()));
            }
            header.append(link("/plugins/servlet/upm", "Manage apps", "nav-upm"))
                    .append(link("/demo-keys", "Demo keys", "nav-demo-keys"));
        }
        header.append("</ul></div><div class=\"aui-header-secondary\"><ul class=\"aui-nav\">");
        if (account == null) {
            header.append(link("/login", "Log in", "nav-login"));
        } else {
            header.append("<li><span id=\"sandbox-user\" class=\"aui-nav-item\">")
                    .append(Html.escape(account.username())).append("</span></li>")
                    .append("<li><form id=\"logout-form\" method=\"post\" action=\"").append(contextPath)
                    .append("/logout\">").append(AdminGuard.tokenField(request))
                    .append("<button id=\"nav-logout\" class=\"aui-button aui-button-link\" type=\"submit\">"
                            + "Log out</button></form></li>");
        }
        return header.append("</ul></div></div></nav></header>\n").toString();
    }

    /** The admin pages' sidebar, as the hosts' admin decorators draw it: the plugins' admin links and UPM. */
    public String adminNavigation(String currentPath) {
        StringBuilder nav = new StringBuilder("<div class=\"aui-page-panel-nav\"><nav class=\"aui-navgroup "
                + "aui-navgroup-vertical\" aria-label=\"Administration\"><div class=\"aui-navgroup-inner\">"
                + "<div class=\"aui-nav-heading\"><strong>Administration</strong></div><ul class=\"aui-nav\">");
        for (LoadedPlugin.WebItem item : adminMenu) {
            nav.append(currentPath.equals(item.link()) ? "<li class=\"aui-nav-selected\">" : "<li>")
                    .append("<a href=\"").append(contextPath).append(item.link()).append("\">")
                    .append(Html.escape(item.label())).append("</a></li>");
        }
        return nav.append("<li><a href=\"").append(contextPath).append("/plugins/servlet/upm\">Manage apps</a></li>")
                .append("</ul></div></nav></div>").toString();
    }

    /** A whole page of the host. */
    public String page(HttpServletRequest request, String title, String body) {
        return page(request, Html.escape(title), "", "<section class=\"aui-page-panel-content\">\n" + body
                + "\n</section>");
    }

    /**
     * A whole page around content that brings its own panel sections, as a host's decorator puts a plugin's page
     * into its frame.
     *
     * @param titleHtml the escaped title
     * @param headHtml  extra tags for the head (after AUI)
     * @param panelHtml the content of the page panel
     */
    public String page(HttpServletRequest request, String titleHtml, String headHtml, String panelHtml) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + titleHtml
                + "</title>\n" + headTags(headHtml) + "</head>\n<body class=\"aui-layout aui-theme-default\">\n"
                + "<div id=\"page\">" + header(request) + "<div id=\"content\" class=\"aui-page-panel\" role=\"main\">"
                + "<div class=\"aui-page-panel-inner\">\n" + panelHtml + "\n</div></div></div></body></html>\n";
    }

    private String link(String path, String label, String id) {
        return "<li><a id=\"" + id + "\" href=\"" + contextPath + path + "\">" + Html.escape(label) + "</a></li>";
    }

    private static List<String> concat(List<String> first, List<String> then) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(then);
        return all;
    }
}
