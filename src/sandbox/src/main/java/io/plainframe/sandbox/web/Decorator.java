package io.plainframe.sandbox.web;

import io.plainframe.sandbox.host.Account;
import io.plainframe.sandbox.host.PluginUi;
import io.plainframe.sandbox.plugin.LoadedPlugin;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

/**
 * The host's page decorator (SiteMesh in Confluence and Jira): a plugin page that asks for a decorator with
 * {@code <meta name="decorator">} is put into the host's frame ({@code atl.admin} with the admin sidebar,
 * {@code atl.general} without), with AUI and the web resources the page required through the
 * {@code PageBuilderService} added to its head.
 */
public final class Decorator extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern HEAD = Pattern.compile("<head>(.*?)</head>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL);
    private static final Pattern DECORATOR = Pattern.compile("<meta\\s+name=\"decorator\"[^>]*>");

    private final transient Layout layout;
    private final transient LoadedPlugin plugin;

    public Decorator(Layout layout, LoadedPlugin plugin) {
        this.layout = layout;
        this.plugin = plugin;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        PluginUi.takeRequired();
        Capture capture = new Capture(response);
        try {
            chain.doFilter(request, capture);
        } finally {
            List<String> required = PluginUi.takeRequired();
            String page = capture.text();
            if (page != null) {
                String contentType = response.getContentType();
                boolean decorate = contentType != null && contentType.startsWith("text/html")
                        && DECORATOR.matcher(page).find();
                response.getWriter().write(decorate ? decorate(request, page, required) : page);
            }
        }
    }

    private String decorate(HttpServletRequest request, String page, List<String> required) {
        String title = group(TITLE, page);
        String head = DECORATOR.matcher(TITLE.matcher(group(HEAD, page)).replaceAll("")).replaceAll("");
        List<String> modules = new ArrayList<>();
        for (String key : required) {
            if (key.startsWith("context:")) {
                modules.addAll(plugin.modulesInContext(key.substring("context:".length())));
            } else if (key.startsWith(plugin.key() + ":")) {
                modules.add(key);
            }
        }
        boolean admin = page.contains("content=\"atl.admin\"");
        Account account = Account.of(request);
        String notice = admin && account != null && account.admin() ? "<div class=\"aui-message aui-message-info\" "
                + "id=\"sandbox-notice\"><p>Plainframe sandbox: ready-made license keys are on the <a href=\""
                + layout.contextPath() + "/demo-keys\">Demo keys</a> page; Marketplace licenses are installed on "
                + "the <a href=\"" + layout.contextPath() + "/plugins/servlet/upm\">Manage apps</a> page.</p></div>"
                : "";
        return layout.page(request, title, head + WebResources.tags(layout.contextPath(), plugin, modules),
                (admin ? layout.adminNavigation(request.getServletPath() + nullToEmpty(request.getPathInfo())) : "")
                        + "<section class=\"aui-page-panel-content\">" + notice + group(BODY, page) + "</section>");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }

    /** Holds what the page writes through its writer so the frame can go around it. */
    private static final class Capture extends HttpServletResponseWrapper {

        private CharArrayWriter buffer;
        private PrintWriter writer;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                buffer = new CharArrayWriter();
                writer = new PrintWriter(buffer);
            }
            return writer;
        }

        @Override
        public void setContentLength(int length) {
            // The frame changes the length.
        }

        @Override
        public void setContentLengthLong(long length) {
            // The frame changes the length.
        }

        String text() {
            if (writer == null) {
                return null;
            }
            writer.flush();
            return buffer.toString();
        }
    }
}
