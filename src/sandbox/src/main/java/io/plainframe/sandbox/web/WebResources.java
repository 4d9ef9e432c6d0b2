package io.plainframe.sandbox.web;

import io.plainframe.licensing.web.Html;
import io.plainframe.sandbox.plugin.LoadedPlugin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /download/resources/<plugin>:<module>/<file>}: a plugin's web resources, served as a host's web-resource
 * manager serves them (JavaScript through the i18n transform), and the tags a page includes them with.
 */
public final class WebResources extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String PATH = "/download/resources/";

    private final transient LoadedPlugin plugin;

    public WebResources(LoadedPlugin plugin) {
        this.plugin = plugin;
    }

    /** The {@code <link>} and {@code <script>} tags of the given web-resource modules, in order. */
    public static String tags(String contextPath, LoadedPlugin plugin, Collection<String> modules) {
        StringBuilder tags = new StringBuilder();
        for (String module : modules) {
            for (String file : plugin.webResourceFiles(module)) {
                String url = Html.escape(contextPath + PATH + file);
                if (file.endsWith(".css")) {
                    tags.append("<link rel=\"stylesheet\" href=\"").append(url).append("\">\n");
                } else if (file.endsWith(".js")) {
                    tags.append("<script src=\"").append(url).append("\"></script>\n");
                }
            }
        }
        return tags.toString();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String text = plugin.webResource(name);
        if (text == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(StaticFiles.contentType(name));
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }
}
