package io.plainframe.licensing.atlassian.rest;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.sal.api.websudo.WebSudoManager;
import io.plainframe.licensing.atlassian.PlainframeHost;
import io.plainframe.licensing.atlassian.PlainframeRuntime;
import io.plainframe.licensing.atlassian.RuntimeForTests;
import io.plainframe.licensing.atlassian.SalCallers;
import io.plainframe.licensing.host.FakeUserDirectory;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.json.Json;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.Filter;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;

/**
 * What each REST access annotation means for each kind of caller, written once from the stand-ins' package
 * documentation (src/atlassian-api: com.atlassian.plugins.rest.common.security) and SPEC 5 and 6 (WebSudo for
 * admin work, scripts excepted), and the filter's answer to each, for the agreement tests of both modules.
 */
public final class AccessMatrix {

    /** The kinds of caller, in the columns' order. */
    public enum Kind {
        ANONYMOUS, ANONYMOUS_ON_AN_OPEN_SITE, UNLICENSED_USER, LIMITED_UNLICENSED_USER, LICENSED_USER,
        ADMIN_WITHOUT_WEBSUDO, ADMIN_WITHOUT_WEBSUDO_WITH_ANOTHER_AUTHORIZATION, ADMIN_WITH_WEBSUDO,
        ADMIN_BY_BASIC_AUTH, ADMIN_BY_BEARER_TOKEN, ADMINISTRATOR_NOT_SYSTEM_ADMIN_WITH_WEBSUDO
    }

    /**
     * One row per annotation, one column per {@link Kind}: {@code pass}; {@code 401} sign in; {@code 403} refused
     * with the annotation's reason; {@code sudo} 401 {@code WEBSUDO_REQUIRED}. An "open site" lets anonymous
     * visitors in; a "limited" user is unlicensed on a site with limited unlicensed access; admins are licensed
     * system admins; scripts are signed in by their own header. {@code none} is an endpoint without annotation,
     * which REST v2 serves to licensed users only.
     */
    private static final String MEANING = """
            annotation           anon open unlicensed limited licensed admin other sudo basic bearer administrator
            UnrestrictedAccess   pass pass pass       pass    pass     pass  pass  pass pass  pass   pass
            AnonymousSiteAccess  401  pass 403        pass    pass     pass  pass  pass pass  pass   pass
            UnlicensedSiteAccess 401  401  403        pass    pass     pass  pass  pass pass  pass   pass
            LicensedOnly         401  401  403        403     pass     pass  pass  pass pass  pass   pass
            none                 401  401  403        403     pass     pass  pass  pass pass  pass   pass
            AdminOnly            401  401  403        403     403      sudo  sudo  pass pass  pass   pass
            SystemAdminOnly      401  401  403        403     403      sudo  sudo  pass pass  pass   403
            """;

    /** The reason a signed-in caller is refused with, by annotation. */
    private static final Map<String, String> REASONS = Map.of("AdminOnly", "NOT_ADMIN", "SystemAdminOnly",
            "NOT_SYSTEM_ADMIN");
    private static final Map<String, String> MESSAGES = Map.of("NOT_SIGNED_IN", "plainframe.api.401",
            "NOT_ADMIN", "plainframe.api.403", "NOT_SYSTEM_ADMIN", "plainframe.api.403.system-admin",
            "NO_PRODUCT_LICENSE", "plainframe.api.403.product-license", "WEBSUDO_REQUIRED", "plainframe.api.websudo");
    private static final PlainframeRuntime RUNTIME = RuntimeForTests.runtime(new FakeUserDirectory());

    /**
     * A resource method and a request path that reaches it ({@code {name}} templates filled in).
     *
     * @param method the HTTP method
     * @param path   below the REST base, without a leading slash
     */
    public record Endpoint(String method, String path, Method endpoint) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** What the filter did: let the request on, or answered it. */
    public record Answer(boolean passed, int status, String code, String message) {

        static final Answer PASSED = new Answer(true, 0, null, null);

        static Answer refused(int status, String code) {
            return new Answer(false, status, code, RUNTIME.text().render(Message.of(MESSAGES.get(code))));
        }
    }

    private AccessMatrix() {
    }

    /** Every resource method of these classes, found by reflection, with a path reaching it. */
    public static List<Endpoint> endpoints(List<Class<?>> resources) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                for (Class<? extends Annotation> verb : List.of(GET.class, POST.class, PUT.class, DELETE.class)) {
                    if (method.isAnnotationPresent(verb)) {
                        String path = resource.getAnnotation(Path.class).value() + "/"
                                + (method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value()
                                : "");
                        endpoints.add(new Endpoint(verb.getSimpleName(), path.replaceAll("\\{[^}]+}", "x1")
                                .replaceAll("/+", "/").replaceAll("^/|/$", ""), method));
                    }
                }
            }
        }
        return endpoints;
    }

    /** What the annotation the endpoint declares (on the method, else its class) means for the caller. */
    public static Answer expected(Endpoint endpoint, Kind kind) {
        String annotation = declared(endpoint.endpoint());
        String cell = MEANING.lines().filter(line -> line.startsWith(annotation + " ")).findFirst().orElseThrow()
                .split("\\s+")[kind.ordinal() + 1];
        return switch (cell) {
            case "pass" -> Answer.PASSED;
            case "401" -> Answer.refused(401, "NOT_SIGNED_IN");
            case "403" -> Answer.refused(403, REASONS.getOrDefault(annotation, "NO_PRODUCT_LICENSE"));
            case "sudo" -> Answer.refused(401, "WEBSUDO_REQUIRED");
            default -> throw new IllegalStateException(cell);
        };
    }

    private static String declared(Method method) {
        for (Annotation[] annotations : List.of(method.getAnnotations(), method.getDeclaringClass().getAnnotations())) {
            List<String> names = Arrays.stream(annotations).map(Annotation::annotationType)
                    .filter(AccessDeclarations.ALLOWED::contains).map(Class::getSimpleName).toList();
            if (!names.isEmpty()) {
                return names.get(0);
            }
        }
        return "none";
    }

    /** Sends the caller's request to the endpoint through a filter over these resources. */
    public static Answer call(List<Class<?>> resources, Endpoint endpoint, Kind kind) throws Exception {
        return call(new RestAccessFilter(host(resources, kind)), endpoint, kind);
    }

    /** Sends the caller's request to the endpoint through this filter (a double, for negative controls). */
    static Answer call(Filter filter, Endpoint endpoint, Kind kind) throws Exception {
        FilterRun run = new FilterRun(filter).request(endpoint.method(), endpoint.path());
        authorize(run.request(), kind);
        return run.answer();
    }

    /** A host whose SAL answers as this kind of caller; the request decides nothing but its header. */
    static PlainframeHost host(List<Class<?>> resources, Kind kind) {
        UserManager users = mock(UserManager.class);
        WebSudoManager webSudo = mock(WebSudoManager.class);
        when(users.isAnonymousAccessEnabled()).thenReturn(kind == Kind.ANONYMOUS_ON_AN_OPEN_SITE);
        if (kind.ordinal() >= Kind.UNLICENSED_USER.ordinal()) {
            boolean admin = kind.ordinal() >= Kind.ADMIN_WITHOUT_WEBSUDO.ordinal();
            UserKey key = new UserKey(admin ? "key-admin" : "key-user");
            UserProfile profile = mock(UserProfile.class);
            when(profile.getUsername()).thenReturn(admin ? "admin" : "user");
            when(users.getRemoteUserKey(any(HttpServletRequest.class))).thenReturn(key);
            when(users.getUserProfile(key)).thenReturn(profile);
            when(users.isLicensed(key)).thenReturn(kind.ordinal() >= Kind.LICENSED_USER.ordinal());
            when(users.isLimitedUnlicensedUser(key)).thenReturn(kind == Kind.LIMITED_UNLICENSED_USER);
            when(users.isLimitedUnlicensedAccessEnabled()).thenReturn(kind == Kind.LIMITED_UNLICENSED_USER);
            when(users.isAdmin(key)).thenReturn(admin);
            boolean systemAdmin = admin && kind != Kind.ADMINISTRATOR_NOT_SYSTEM_ADMIN_WITH_WEBSUDO;
            when(users.isSystemAdmin(key)).thenReturn(systemAdmin);
            when(webSudo.canExecuteRequest(any())).thenReturn(kind == Kind.ADMIN_WITH_WEBSUDO
                    || kind == Kind.ADMINISTRATOR_NOT_SYSTEM_ADMIN_WITH_WEBSUDO);
        }
        SalCallers callers = new SalCallers(users);
        PlainframeHost host = mock(PlainframeHost.class);
        when(host.requester(any())).thenAnswer(call -> callers.requester(call.getArgument(0)));
        when(host.caller(any())).thenAnswer(call -> callers.caller(call.getArgument(0)));
        when(host.webSudo()).thenReturn(webSudo);
        when(host.runtime()).thenReturn(RUNTIME);
        when(host.restResources()).thenReturn(resources);
        return host;
    }

    static void authorize(HttpServletRequest request, Kind kind) {
        String header = switch (kind) {
            case ADMIN_BY_BASIC_AUTH -> basic("admin:admin");
            case ADMIN_BY_BEARER_TOKEN -> "Bearer NjE2NzQ0OTE2MzQ1OkXh";
            case ADMIN_WITHOUT_WEBSUDO_WITH_ANOTHER_AUTHORIZATION -> basic("x:x");
            default -> null;
        };
        when(request.getHeader("Authorization")).thenReturn(header);
    }

    static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** The JSON error body's fields. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String body) {
        return new HashMap<>((Map<String, Object>) Json.parse(body));
    }
}
