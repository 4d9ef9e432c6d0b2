package io.plainframe.sandbox.web;

import io.plainframe.licensing.json.Json;
import io.plainframe.sandbox.host.Account;
import io.plainframe.sandbox.host.ProductServices;
import io.plainframe.sandbox.host.SandboxJiraAttachments;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Jira's own attachment upload, {@code POST /rest/api/2/issue/{key}/attachments?name=<file>}, for whoever holds
 * Create Attachments in the issue's project, seat or no seat (Jira takes a multipart form and asks for the
 * {@code X-Atlassian-Token: no-check} header; here the body is the file itself). It adds one more attachment of
 * that name, as a user could add a file named like a wireframe's version; Plainframe must not show it as the
 * wireframe.
 */
public final class JiraAttachmentUploads extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BYTES = 1024 * 1024;

    private final transient SandboxJiraAttachments attachments;
    private final transient ProductServices products;

    public JiraAttachmentUploads(SandboxJiraAttachments attachments, ProductServices products) {
        this.attachments = attachments;
        this.products = products;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Account account = Account.of(request);
        String name = request.getParameter("name");
        if (account == null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (!("/" + ProductServices.DEMO_ISSUE + "/attachments").equals(request.getPathInfo()) || name == null
                || name.isBlank()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!products.mayAttachToDemoIssue(account.userKey())) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!attachments.attachmentsEnabled()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] data = request.getInputStream().readNBytes(MAX_BYTES);
        long id = attachments.uploadByHand(ProductServices.demoIssueId(), name, data, account.userKey());
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(Json.write(List.of(Map.of("id", Long.toString(id), "filename", name))));
    }
}
