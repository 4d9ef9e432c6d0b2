package io.plainframe.sandbox.web;

import io.plainframe.sandbox.host.Account;
import io.plainframe.sandbox.host.SandboxDirectory;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The sandbox's user administration of group memberships over REST, for administrators:
 * {@code PUT /rest/sandbox/1.0/groups/{group}/members/{username}} adds the user to the group and {@code DELETE}
 * removes them (204; 404 for an unknown user). Like the hosts' own user administration, each change publishes its
 * directory event (see {@link SandboxDirectory}).
 */
public final class GroupMembers extends HttpServlet {

    /** Where the servlet is mounted in each product. */
    public static final String PATH = "/rest/sandbox/1.0/groups/*";
    private static final long serialVersionUID = 1L;

    private final transient SandboxDirectory directory;

    public GroupMembers(SandboxDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        change(request, response, true);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        change(request, response, false);
    }

    private void change(HttpServletRequest request, HttpServletResponse response, boolean join) throws IOException {
        Account account = Account.of(request);
        if (account == null || !account.admin()) {
            response.setStatus(account == null ? HttpServletResponse.SC_UNAUTHORIZED
                    : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        if (parts.length != 4 || !parts[2].equals("members") || parts[1].isEmpty() || parts[3].isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String group = URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
        String username = URLDecoder.decode(parts[3], StandardCharsets.UTF_8);
        boolean known = join ? directory.addToGroup(group, username) : directory.removeFromGroup(group, username);
        response.setStatus(known ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_NOT_FOUND);
    }
}
