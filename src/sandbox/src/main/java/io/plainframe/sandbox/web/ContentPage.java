package io.plainframe.sandbox.web;

import io.plainframe.sandbox.host.Account;
import io.plainframe.sandbox.host.ProductServices;
import io.plainframe.sandbox.plugin.LoadedPlugin;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The demo content end users work on: Confluence's page "Demo Page" in space DEMO ({@code /display/DEMO/Demo+Page},
 * page id 1001) or Jira's issue {@code /browse/DEMO-1}, each holding one wireframe container as the Confluence
 * macro and the Jira issue panel render it (the wireframe itself, and the macro and panel that render it in the
 * real hosts, come with the wireframe editor).
 */
public final class ContentPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Layout layout;
    private final transient LoadedPlugin plugin;
    private final boolean confluence;

    public ContentPage(Layout layout, LoadedPlugin plugin, String product) {
        this.layout = layout;
        this.plugin = plugin;
        this.confluence = "confluence".equals(product);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (!(confluence ? "/DEMO/Demo+Page".equals(path) || "/DEMO/Demo Page".equals(path)
                : ("/" + ProductServices.DEMO_ISSUE).equals(path))) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            AccountPages.html(response, layout.page(request, "Not found", confluence
                    ? "<h1>Page not found</h1><p>The sandbox has one page: <a href=\"" + layout.contextPath()
                    + "/display/DEMO/Demo+Page\">Demo Page</a>.</p>"
                    : "<h1>Issue does not exist</h1><p>The sandbox has one issue: <a href=\"" + layout.contextPath()
                    + "/browse/DEMO-1\">DEMO-1</a>.</p>"));
            return;
        }
        if (Account.of(request) == null) {
            String here = request.getRequestURI();
            response.sendRedirect(layout.contextPath() + "/login?os_destination="
                    + URLEncoder.encode(here, StandardCharsets.UTF_8));
            return;
        }
        String contentId = confluence ? Long.toString(ProductServices.DEMO_PAGE_ID) : ProductServices.DEMO_ISSUE;
        // What the Confluence macro and the Jira issue panel put on the page: a wireframe container, with the
        // plugin's web resource required for it.
        String head = (confluence ? "<meta name=\"ajs-page-id\" content=\"" + contentId + "\">\n" : "")
                + WebResources.tags(layout.contextPath(), plugin, List.of(plugin.key()
                + ":plainframe-content-resources"));
        String wireframe = "<div class=\"plainframe-wireframe\" data-content-id=\"" + contentId + "\"></div>";
        String panel = confluence
                ? "<section class=\"aui-page-panel-content\"><ol class=\"aui-nav aui-nav-breadcrumbs\"><li>DEMO</li>"
                + "</ol><h1 id=\"title-text\">Demo Page</h1>"
                + "<div id=\"main-content\" class=\"wiki-content\">"
                + "<p>This page of space DEMO shows how Plainframe looks to the people who read it. Everyone "
                + "who can see the page can see its wireframes; licensed editors can edit them.</p>" + wireframe
                + "<p>Members of <code>readers</code> may view this page but not edit it.</p></div></section>"
                : "<section class=\"aui-page-panel-content\"><ol class=\"aui-nav aui-nav-breadcrumbs\"><li>Demo "
                + "project</li><li><a id=\"key-val\" data-issue-key=\"" + contentId + "\" href=\""
                + layout.contextPath() + "/browse/" + contentId + "\">" + contentId + "</a></li></ol>"
                + "<h1 id=\"summary-val\">Design the sign-up form</h1><div class=\"issue-body-content\">"
                + "<div class=\"module\" id=\"descriptionmodule\"><h2>Description</h2><p>Sketch the sign-up form "
                + "before building it. Members of <code>readers</code> may view this issue but not edit it.</p>"
                + "</div><div class=\"module\" id=\"plainframe-issue-panel\"><h2>Wireframes</h2>" + wireframe
                + "</div></div></section>";
        AccountPages.html(response, layout.page(request, confluence ? "Demo Page - DEMO" : "[DEMO-1] Design the "
                + "sign-up form", head, panel));
    }
}
