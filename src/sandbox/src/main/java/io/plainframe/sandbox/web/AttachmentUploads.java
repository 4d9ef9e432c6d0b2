package io.plainframe.sandbox.web;

import io.plainframe.licensing.json.Json;
import io.plainframe.sandbox.host.Account;
import io.plainframe.sandbox.host.ProductServices;
import io.plainframe.sandbox.host.SandboxAccessMode;
import io.plainframe.sandbox.host.SandboxAttachments;
import java.io.IOException;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Confluence's own attachment upload, {@code POST /rest/api/content/{page id}/child/attachment?name=<file>},
 * for whoever may edit the page (Confluence's "add attachments"), seat or no seat: the body is the file itself
 * (Confluence takes a multipart form). It writes the next version of the file directly, as an attacker without
 * a Plainframe seat would replace a wireframe's attachment; Plainframe must not show it as the wireframe.
 */
public final class AttachmentUploads extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BYTES = 1024 * 1024;

    private final transient SandboxAttachments attachments;
    private final transient ProductServices products;
    private final transient SandboxAccessMode accessMode;

    public AttachmentUploads(SandboxAttachments attachments, ProductServices products, SandboxAccessMode accessMode) {
        this.attachments = attachments;
        this.products = products;
        this.accessMode = accessMode;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Account account = Account.of(request);
        String path = request.getPathInfo();
        String name = request.getParameter("name");
        long page = path != null && path.matches("/[0-9]{1,18}/child/attachment")
                ? Long.parseLong(path.split("/")[1]) : -1;
        if (account == null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (page != ProductServices.DEMO_PAGE_ID || name == null || name.isBlank()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!products.mayAttachToDemoPage(account.userKey())) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (accessMode.isReadOnlyAccessModeEnabled()) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        byte[] data = request.getInputStream().readNBytes(MAX_BYTES);
        int version = attachments.uploadByHand(page, name, data);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(Json.write(Map.of("title", name, "version", Map.of("number", version))));
    }
}
