package io.plainframe.sandbox.web;

import io.plainframe.licensing.json.Json;
import io.plainframe.sandbox.host.Account;
import io.plainframe.sandbox.host.SandboxAccessMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The sandbox Confluence's access mode as Confluence's REST API names it ({@code /rest/api/accessmode}: the text
 * {@code READ_WRITE} or {@code READ_ONLY}); anyone signed in reads it, an administrator sets it with
 * {@code PUT} and the mode's name as the body, as the maintenance screen does.
 */
public final class AccessModes extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient SandboxAccessMode mode;

    public AccessModes(SandboxAccessMode mode) {
        this.mode = mode;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (Account.of(request) == null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        answer(response);
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Account account = Account.of(request);
        if (account == null || !account.admin()) {
            response.setStatus(account == null ? HttpServletResponse.SC_UNAUTHORIZED
                    : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String body = new String(request.getInputStream().readNBytes(64), StandardCharsets.UTF_8).strip()
                .replace("\"", "");
        if (!body.equals("READ_ONLY") && !body.equals("READ_WRITE")) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        mode.setReadOnly(body.equals("READ_ONLY"));
        answer(response);
    }

    private void answer(HttpServletResponse response) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(Json.write(mode.isReadOnlyAccessModeEnabled() ? "READ_ONLY" : "READ_WRITE"));
    }
}
