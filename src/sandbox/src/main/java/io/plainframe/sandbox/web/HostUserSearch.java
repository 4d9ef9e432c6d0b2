package io.plainframe.sandbox.web;

import io.plainframe.licensing.json.Json;
import io.plainframe.licensing.web.Html;
import io.plainframe.sandbox.host.Account;
import io.plainframe.sandbox.host.HostFaults;
import io.plainframe.sandbox.host.SandboxUsers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Jira's own user search, which its user pickers (and Plainframe's admin page) call:
 * {@code /rest/api/2/user/picker?query=&maxResults=}, in its response shape, for signed-in users, active users
 * only. Addresses only for admins. Confluence gets none: Data Center has no supported REST user search (the old
 * {@code /rest/prototype} one is not served, so nothing in Plainframe may lean on it).
 */
public final class HostUserSearch extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_RESULTS = 10;
    private static final int MAX_RESULTS = 50;
    private static final int MAX_QUERY_LENGTH = 200;

    /** Where Jira serves it. */
    public static final String PATH = "/rest/api/2/user/picker";

    private final transient SandboxUsers users;
    private final transient HostFaults faults;

    public HostUserSearch(SandboxUsers users, HostFaults faults) {
        this.users = users;
        this.faults = faults;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        if (Account.of(request) == null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.getWriter().write("{\"message\":\"Log in first.\"}");
            return;
        }
        String query = request.getParameter("query");
        int limit = limit(request.getParameter("maxResults"));
        // Addresses are for admins only, as with the hosts' e-mail visibility set to hidden: users neither see
        // them nor find people by them.
        boolean admin = Account.of(request).admin() || faults.planted(HostFaults.Fault.ADDRESSES_FOR_EVERYONE);
        boolean literally = !faults.planted(HostFaults.Fault.WILDCARDS_IN_USER_SEARCH);
        List<SandboxUsers.User> found = query == null || query.isBlank() || query.length() > MAX_QUERY_LENGTH
                ? List.of() : users.search(query.strip(), admin, literally, MAX_RESULTS * 2).stream()
                .filter(SandboxUsers.User::active).limit(limit).toList();
        List<Object> results = new ArrayList<>();
        for (SandboxUsers.User user : found) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("key", user.key());
            json.put("name", user.username());
            json.put("displayName", user.displayName());
            json.put("html", Html.escape(user.displayName()) + (admin ? " - " + Html.escape(user.email()) : "")
                    + " (" + Html.escape(user.username()) + ")");
            results.add(json);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("users", results);
        answer.put("total", (long) results.size());
        answer.put("header", "Showing " + results.size() + " matching users");
        response.getWriter().write(Json.write(answer));
    }

    private static int limit(String text) {
        try {
            int limit = Integer.parseInt(text == null ? "" : text.strip());
            return Math.max(1, Math.min(MAX_RESULTS, limit));
        } catch (NumberFormatException e) {
            return DEFAULT_RESULTS;
        }
    }
}
