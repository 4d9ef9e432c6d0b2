package io.plainframe.licensing.atlassian.rest;

import com.atlassian.annotations.security.UnrestrictedAccess;
import io.plainframe.licensing.atlassian.PlainframeHost;
import io.plainframe.licensing.atlassian.Requester;
import io.plainframe.licensing.atlassian.rest.RestRoutes.Route;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.web.AccessRefusals;
import io.plainframe.licensing.web.ApiResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The one place REST access is enforced, on every platform line, from the same declaration the host reads: the
 * access annotation of the resource method a request reaches ({@link RestRoutes}). Anonymous callers the
 * annotation does not admit get 401, signed-in ones 403 with the reason, and an admin endpoint called from a
 * browser session without a recent password 401 {@code WEBSUDO_REQUIRED}; scripts signed in by their own
 * basic-auth or personal access token header need no WebSudo, as with Atlassian REST. All before a byte of the
 * body is read (nothing here reads it, not even a parameter). While the host is read-only (Confluence Data Center's
 * maintenance mode) every request that may change something is refused with 503 {@code READ_ONLY}, admin changes
 * and wireframe saves alike, and reads and previews go on. A body of a type the endpoint does not declare
 * ({@code @Consumes}) is refused with 415 and the error body of SPEC 6, after the access checks (and after the
 * host's own XSRF check, a host filter that runs before plugin filters in the sandbox). A request that reaches no
 * route passes on, for JAX-RS to answer 404 or 405. Plain servlet API and reflection only, so it runs under
 * Jersey 1, 2 and 3.
 */
// Platforms 7 and 8 check filters too: unrestricted, so that every request reaches its endpoint's own check here.
@UnrestrictedAccess
public class RestAccessFilter implements Filter {

    private final PlainframeHost host;
    private final RestRoutes routes;

    public RestAccessFilter(PlainframeHost host) {
        this.host = Objects.requireNonNull(host, "host");
        this.routes = RestRoutes.of(host.restResources());
    }

    @Override
    public void init(FilterConfig config) {
        // Nothing to set up: the routes are read when the filter is made.
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
            Optional<ApiResponse> refusal = refusal(http);
            if (refusal.isPresent()) {
                write(refusal.get(), answer);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    @Override
    public void destroy() {
        // Nothing to release.
    }

    /** The routes the request reaches: normally one, more only when readings of its path differ. */
    List<Route> routes(HttpServletRequest request) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        Set<Route> reached = new LinkedHashSet<>();
        for (List<String> path : RequestPaths.readings(request)) {
            routes.route(method, path).ifPresent(reached::add);
        }
        return List.copyOf(reached);
    }

    private Optional<ApiResponse> refusal(HttpServletRequest request) {
        List<Route> reached = routes(request);
        if (reached.isEmpty()) {
            return Optional.empty();
        }
        Requester requester = host.requester(request);
        AccessRefusals refusals = new AccessRefusals(host.runtime().text());
        for (Route route : reached) {
            EndpointAccess access = route.access();
            if (!access.admits(requester)) {
                return Optional.of(requester.anonymous() ? refusals.notSignedIn() : switch (access) {
                    case SYSTEM_ADMIN_ONLY -> refusals.notSystemAdmin();
                    case ADMIN_ONLY -> refusals.notAdmin();
                    default -> refusals.noProductLicense();
                });
            }
            if (access.needsWebSudo() && !requester.signedInByHeader() && !host.webSudo().canExecuteRequest(request)) {
                return Optional.of(refusals.webSudoRequired());
            }
        }
        if (!reached.stream().allMatch(Route::changesNothing) && host.readOnly()) {
            // After the access checks, so the host's maintenance is news only to those who could write.
            return Optional.of(ApiResponse.error(503, "READ_ONLY", host.runtime().text().render(Message.of(
                    "plainframe.api.read-only"))));
        }
        for (Route route : reached) {
            // JAX-RS would answer 415 with a body of its own; SPEC 6 wants every error as {"code", "message"}.
            Optional<List<String>> declared = DeclaredTypes.refused(route.endpoint(), request.getContentType());
            if (declared.isPresent()) {
                return Optional.of(ApiResponse.error(415, "UNSUPPORTED_MEDIA_TYPE", host.runtime().text().render(
                        Message.of("plainframe.api.unsupported-type", String.join(" or ", declared.get())))));
            }
        }
        return Optional.empty();
    }

    private static void write(ApiResponse refusal, HttpServletResponse response) throws IOException {
        byte[] body = refusal.body().getBytes(StandardCharsets.UTF_8);
        response.setStatus(refusal.status());
        response.setContentType(refusal.contentType() + ";charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
