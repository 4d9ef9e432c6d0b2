package io.plainframe.sandbox.access;

import com.atlassian.sal.api.user.UserManager;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The host's check in front of a plugin's servlet or servlet filter on Platforms 7 and 8 ({@link ServletRules}, on
 * the module's class). What a host answers a refused request there is unverified; the sandbox sends anonymous
 * visitors of a servlet to log in, as for any page, and otherwise answers as its REST layer does.
 */
public final class ModuleGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final transient AccessRules rules;
    private final transient UserManager users;
    private final Class<?> module;
    private final boolean servlet;

    /**
     * @param module  the servlet's or filter's class
     * @param servlet whether it is a servlet (a page) rather than a filter
     */
    public ModuleGuard(AccessRules rules, UserManager users, Class<?> module, boolean servlet) {
        this.rules = rules;
        this.users = users;
        this.module = module;
        this.servlet = servlet;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Caller caller = Caller.current(users);
        if (rules.admits(caller, module, null)) {
            chain.doFilter(request, response);
        } else if (servlet && !caller.signedIn()) {
            String here = request.getRequestURI() + (request.getQueryString() == null ? ""
                    : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + "/login?os_destination="
                    + URLEncoder.encode(here, StandardCharsets.UTF_8));
        } else {
            response.setStatus(HostAccess.REFUSAL.status());
            response.setContentType("application/json;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write(HostAccess.REFUSAL.json());
        }
    }
}
