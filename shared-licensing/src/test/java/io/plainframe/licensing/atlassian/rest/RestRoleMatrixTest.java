package io.plainframe.licensing.atlassian.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.websudo.WebSudoManager;
import io.plainframe.licensing.atlassian.PlainframeHost;
import io.plainframe.licensing.atlassian.RuntimeForTests;
import io.plainframe.licensing.host.FakeUserDirectory;
import io.plainframe.licensing.web.Caller;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.core.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The endpoint x role matrix, generated from the resource classes: every HTTP method of every resource is
 * called as anonymous, as a user and as an admin, and must answer as its {@link Access} says. A new endpoint
 * cannot escape: it is found by reflection, and one without {@link Access} fails the build.
 */
class RestRoleMatrixTest {

    static final List<Class<?>> RESOURCES = List.of(PlainframeResource.class);

    private static final Caller ANONYMOUS = Caller.ANONYMOUS;
    private static final Caller USER = Caller.user("key-user01", "user01");
    private static final Caller ADMIN = Caller.admin("key-admin", "admin");

    static Stream<Method> endpoints() {
        List<Method> methods = new ArrayList<>();
        for (Class<?> resource : RESOURCES) {
            Arrays.stream(resource.getDeclaredMethods()).filter(RestRoleMatrixTest::isEndpoint).forEach(methods::add);
        }
        return methods.stream();
    }

    @Test
    void everyResourceIsInTheMatrixAndHasEndpoints() {
        assertThat(RESOURCES).allSatisfy(resource -> assertThat(resource).hasAnnotation(Path.class));
        assertThat(endpoints().count()).isEqualTo(20);
        assertThat(endpoints().map(RestRoleMatrixTest::route).distinct().count()).as("no two alike").isEqualTo(20);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void everyEndpointSaysWhoMayCallIt(Method endpoint) {
        assertThat(endpoint.getAnnotation(Access.class)).as(endpoint.getName()).isNotNull();
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void anonymousCallersGet401(Method endpoint) throws Exception {
        assertThat(call(endpoint, ANONYMOUS).getStatus()).isEqualTo(401);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void signedInUsersGetWhatTheirRoleAllows(Method endpoint) throws Exception {
        int status = call(endpoint, USER).getStatus();
        if (endpoint.getAnnotation(Access.class).value() == Access.Role.ADMIN) {
            assertThat(status).as(endpoint.getName()).isEqualTo(403);
        } else {
            assertThat(status).as(endpoint.getName()).isNotIn(401, 403);
        }
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void adminsAreLetThrough(Method endpoint) throws Exception {
        assertThat(call(endpoint, ADMIN).getStatus()).as(endpoint.getName()).isNotIn(401, 403, 500);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void adminsWithoutARecentPasswordAreAskedForItAndUsersAreNot(Method endpoint) throws Exception {
        boolean admin = endpoint.getAnnotation(Access.class).value() == Access.Role.ADMIN;
        Response asAdmin = call(endpoint, ADMIN, false, null);
        assertThat(asAdmin.getStatus()).as(endpoint.getName()).isEqualTo(admin ? 401 : 200);
        if (admin) {
            assertThat((String) asAdmin.getEntity()).contains("WEBSUDO_REQUIRED");
            assertThat(call(endpoint, USER, false, null).getStatus()).as("users get 403, not a prompt")
                    .isEqualTo(403);
            assertThat(call(endpoint, ADMIN, false, "Basic YWRtaW46YWRtaW4=").getStatus())
                    .as("basic-auth scripts pass").isNotIn(401, 403, 500);
            assertThat(call(endpoint, ADMIN, false, "Basic eDp4").getStatus())
                    .as("another Authorization header beside a session changes nothing").isEqualTo(401);
        }
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void changesAcceptNoFormsSoNoOtherSiteCanPostThem(Method endpoint) {
        Consumes consumes = endpoint.getAnnotation(Consumes.class);
        if (consumes != null) {
            assertThat(consumes.value()).allSatisfy(type -> assertThat(type).isIn("application/json", "text/csv"));
        }
        if (endpoint.isAnnotationPresent(GET.class)) {
            assertThat(consumes).as("a GET takes no body").isNull();
        }
    }

    private static Response call(Method endpoint, Caller caller) throws Exception {
        return call(endpoint, caller, true, null);
    }

    private static Response call(Method endpoint, Caller caller, boolean webSudo, String authorization)
            throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getHeader("Authorization")).thenReturn(authorization);
        PlainframeHost host = mock(PlainframeHost.class);
        WebSudoManager webSudoManager = mock(WebSudoManager.class);
        when(webSudoManager.canExecuteRequest(request)).thenReturn(webSudo);
        when(host.webSudo()).thenReturn(webSudoManager);
        when(host.signedInByBasicAuth(request, caller)).thenReturn("Basic YWRtaW46YWRtaW4=".equals(authorization));
        when(host.runtime()).thenReturn(RuntimeForTests.runtime(new FakeUserDirectory()));
        when(host.caller(any())).thenReturn(caller);
        Object resource = endpoint.getDeclaringClass().getConstructor(PlainframeHost.class).newInstance(host);
        Parameter[] parameters = endpoint.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Class<?> type = parameters[i].getType();
            arguments[i] = type == HttpServletRequest.class ? request
                    : type == InputStream.class ? new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))
                    : "x";
        }
        return (Response) endpoint.invoke(resource, arguments);
    }

    private static String route(Method method) {
        String verb = Stream.of(GET.class, POST.class, PUT.class, DELETE.class)
                .filter(method::isAnnotationPresent).findFirst().orElseThrow().getSimpleName();
        return verb + " " + method.getAnnotation(Path.class).value();
    }

    private static boolean isEndpoint(Method method) {
        return method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(POST.class)
                || method.isAnnotationPresent(PUT.class) || method.isAnnotationPresent(DELETE.class);
    }
}
