package io.plainframe.sandbox.web;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.MacroExecutionException;
import io.plainframe.licensing.web.Html;
import io.plainframe.sandbox.host.Account;
import io.plainframe.sandbox.host.PluginUi;
import io.plainframe.sandbox.host.ProductServices;
import io.plainframe.sandbox.plugin.LoadedPlugin;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The demo content end users work on: Confluence's page "Demo Page" in space DEMO ({@code /display/DEMO/Demo+Page},
 * page id 1001) or Jira's issue {@code /browse/DEMO-1}. The page's body holds two {@code plainframe-wireframe}
 * macros (the seeded wireframe {@code demo} and {@code sketch}, not drawn yet), executed through the plugin's
 * descriptor as Confluence renders a page; the issue shows the plugin's web panels at Jira's
 * {@code atl.jira.view.issue.left.context}. Either way the web resources they require are added to the page.
 */
public final class ContentPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The wireframes on the demo page, by the macros' {@code id} parameter. */
    public static final List<String> DEMO_PAGE_WIREFRAMES = List.of("demo", "sketch");

    private final transient Layout layout;
    private final transient LoadedPlugin plugin;
    private final transient ProductServices products;
    private final boolean confluence;

    public ContentPage(Layout layout, LoadedPlugin plugin, ProductServices products, String product) {
        this.layout = layout;
        this.plugin = plugin;
        this.products = products;
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
        PluginUi.takeRequired();
        String content;
        try {
            content = confluence ? page() : issue();
        } catch (Exception e) {
            throw new IOException("the plugin could not render the demo content", e);
        }
        List<String> required = PluginUi.takeRequired().stream().filter(key -> !key.startsWith("context:")).toList();
        String head = (confluence ? "<meta name=\"ajs-page-id\" content=\"" + ProductServices.DEMO_PAGE_ID
                + "\">\n" : "") + WebResources.tags(layout.contextPath(), plugin, required);
        AccountPages.html(response, layout.page(request, confluence ? "Demo Page - DEMO" : "[DEMO-1] Design the "
                + "sign-up form", head, content));
    }

    private String page() throws Exception {
        return "<section class=\"aui-page-panel-content\"><ol class=\"aui-nav aui-nav-breadcrumbs\"><li>DEMO</li>"
                + "</ol><h1 id=\"title-text\">Demo Page</h1>"
                + "<div id=\"main-content\" class=\"wiki-content\">"
                + "<p>This page of space DEMO shows how Plainframe looks to the people who read it. Everyone "
                + "who can see the page can see its wireframes; licensed editors can edit them.</p>"
                + macro(DEMO_PAGE_WIREFRAMES.get(0))
                + "<h2>Sketch</h2><p>A second wireframe macro on the page, not drawn yet.</p>"
                + macro(DEMO_PAGE_WIREFRAMES.get(1))
                + "<p>Members of <code>readers</code> may view this page but not edit it.</p></div></section>";
    }

    /** A macro as Confluence shows it: its output, or its error in an error box. */
    private String macro(String id) throws Exception {
        ContentEntityObject demoPage = products.pageManager().getAbstractPage(ProductServices.DEMO_PAGE_ID);
        ConversionContext context = new ConversionContext() {
            @Override
            public String getOutputType() {
                return "display";
            }

            @Override
            public ContentEntityObject getEntity() {
                return demoPage;
            }
        };
        try {
            return plugin.executeMacro("plainframe-wireframe", Map.of("id", id), context);
        } catch (MacroExecutionException e) {
            return "<div class=\"aui-message aui-message-error\" role=\"alert\"><p>" + Html.escape(e.getMessage())
                    + "</p></div>";
        }
    }

    private String issue() throws Exception {
        String key = ProductServices.DEMO_ISSUE;
        return "<section class=\"aui-page-panel-content\"><ol class=\"aui-nav aui-nav-breadcrumbs\"><li>Demo "
                + "project</li><li><a id=\"key-val\" data-issue-key=\"" + key + "\" href=\""
                + layout.contextPath() + "/browse/" + key + "\">" + key + "</a></li></ol>"
                + "<h1 id=\"summary-val\">Design the sign-up form</h1><div class=\"issue-body-content\">"
                + "<div class=\"module\" id=\"descriptionmodule\"><h2>Description</h2><p>Sketch the sign-up form "
                + "before building it. Members of <code>readers</code> may view this issue but not edit it.</p>"
                + "</div><div class=\"module\" id=\"plainframe-issue-panel\"><h2>"
                + Html.escape(plugin.ui().text("plainframe.wireframe.panel.label")) + "</h2>"
                + plugin.renderWebPanels("atl.jira.view.issue.left.context", Map.of("issue",
                        products.issues().getIssueObject(key)))
                + "</div></div></section>";
    }
}
