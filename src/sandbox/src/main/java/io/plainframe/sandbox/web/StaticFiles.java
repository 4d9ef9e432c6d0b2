package io.plainframe.sandbox.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Files from a folder of the sandbox's class path, such as the vendored AUI at {@code /aui/*}: the host's own
 * front end, which plugins depend on and never bundle.
 */
public final class StaticFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final String folder;

    public StaticFiles(String folder) {
        this.folder = folder;
    }

    static String contentType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".css")) {
            return "text/css";
        } else if (lower.endsWith(".js")) {
            return "text/javascript";
        } else if (lower.endsWith(".woff")) {
            return "font/woff";
        } else if (lower.endsWith(".ttf")) {
            return "font/ttf";
        } else if (lower.endsWith(".eot")) {
            return "application/vnd.ms-fontobject";
        } else if (lower.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (lower.endsWith(".png")) {
            return "image/png";
        }
        return "text/plain";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.contains("..") || path.contains("\\") || path.endsWith("/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(folder + path)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(contentType(path));
            if (response.getContentType().startsWith("text/")) {
                response.setCharacterEncoding("UTF-8");
            }
            response.setHeader("Cache-Control", "max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }
}
