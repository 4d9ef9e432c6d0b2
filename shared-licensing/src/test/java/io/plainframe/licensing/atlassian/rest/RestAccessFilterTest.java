package io.plainframe.licensing.atlassian.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.websudo.WebSudoManager;
import io.plainframe.licensing.atlassian.PlainframeHost;
import io.plainframe.licensing.atlassian.Requester;
import io.plainframe.licensing.atlassian.rest.AccessMatrix.Endpoint;
import io.plainframe.licensing.atlassian.rest.AccessMatrix.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.servlet.Filter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The declaration and its enforcement agree: for every endpoint of the licensing API and of planted resources
 * carrying each annotation, and every kind of caller, the filter answers what the annotation means (the table in
 * {@link AccessMatrix}), with SPEC 6's error body, and never touches the body (it fails the test if touched).
 */
class RestAccessFilterTest {

    private static final List<Class<?>> PLANTED = List.of(PlantedResources.EveryAnnotation.class,
            PlantedResources.ClassLevel.class, PlantedResources.Things.class);

    static Stream<Arguments> everyEndpointAndCaller() {
        return Stream.of(AccessDeclarationTest.RESOURCES, PLANTED).flatMap(resources ->
                AccessMatrix.endpoints(resources).stream().flatMap(endpoint -> Arrays.stream(Kind.values())
                        .map(kind -> Arguments.of(resources, endpoint, kind))));
    }

    @ParameterizedTest(name = "{1} as {2}")
    @MethodSource("everyEndpointAndCaller")
    void theFilterAnswersAsTheEndpointsAnnotationMeans(List<Class<?>> resources, Endpoint endpoint, Kind kind)
            throws Exception {
        checkAnswersAsMeant(new RestAccessFilter(AccessMatrix.host(resources, kind)), endpoint, kind);
    }

    private static void checkAnswersAsMeant(Filter filter, Endpoint endpoint, Kind kind) throws Exception {
        assertThat(AccessMatrix.call(filter, endpoint, kind)).isEqualTo(AccessMatrix.expected(endpoint, kind));
    }

    /**
     * The negative control of the agreement check for WebSudo: the filter over a host whose WebSudo lets everyone
     * through, which is what a filter that never asks it does, fails exactly the admins' cases without WebSudo.
     */
    @Test
    void aFilterThatSkipsTheWebSudoCheckFailsTheAgreementCheckForAdminsWithoutIt() throws Exception {
        List<String> failed = failedCases((resources, kind) -> {
            PlainframeHost host = AccessMatrix.host(resources, kind);
            WebSudoManager everyone = mock(WebSudoManager.class);
            when(everyone.canExecuteRequest(any())).thenReturn(true);
            when(host.webSudo()).thenReturn(everyone);
            return new RestAccessFilter(host);
        });
        assertThat(failed).isNotEmpty().allMatch(failure -> failure.endsWith(" as ADMIN_WITHOUT_WEBSUDO")
                || failure.endsWith(" as ADMIN_WITHOUT_WEBSUDO_WITH_ANOTHER_AUTHORIZATION"))
                .anyMatch(failure -> failure.endsWith("planted/admin as ADMIN_WITHOUT_WEBSUDO"))
                .anyMatch(failure -> failure.endsWith("planted/system-admin as ADMIN_WITHOUT_WEBSUDO"));
    }

    /**
     * The negative control of the agreement check for scripts: a reading of the request that does not count a
     * {@code Bearer} token as its own credentials (so a script is asked for WebSudo) fails the token's admin cases.
     */
    @Test
    void bearerTokensNotCountedAsHeaderCredentialsFailTheAgreementCheckForTokens() throws Exception {
        List<String> failed = failedCases((resources, kind) -> {
            PlainframeHost host = AccessMatrix.host(resources, kind);
            PlainframeHost withoutBearer = mock(PlainframeHost.class, delegatesTo(host));
            doAnswer(call -> {
                HttpServletRequest request = call.getArgument(0);
                Requester read = host.requester(request);
                String header = request.getHeader("Authorization");
                return header != null && header.startsWith("Bearer ") ? new Requester(read.caller(),
                        read.systemAdmin(), read.licensed(), read.limitedUnlicensed(), read.siteAllowsAnonymous(),
                        false) : read;
            }).when(withoutBearer).requester(any());
            return new RestAccessFilter(withoutBearer);
        });
        assertThat(failed).isNotEmpty().allMatch(failure -> failure.endsWith(" as ADMIN_BY_BEARER_TOKEN"))
                .anyMatch(failure -> failure.endsWith("planted/admin as ADMIN_BY_BEARER_TOKEN"));
    }

    /** The negative control of the body trip: a filter that reads a parameter (the body of a form) fails every case. */
    @Test
    void aFilterThatReadsAParameterFailsTheAgreementCheckInEveryCase() throws Exception {
        List<String> failed = failedCases((resources, kind) -> {
            RestAccessFilter filter = new RestAccessFilter(AccessMatrix.host(resources, kind));
            return (request, response, chain) -> {
                request.getParameter("os_authType");
                filter.doFilter(request, response, chain);
            };
        });
        assertThat(failed).hasSize((int) everyEndpointAndCaller().count());
    }

    /** The cases of {@link #everyEndpointAndCaller()} whose agreement check fails with these filters. */
    private static List<String> failedCases(BiFunction<List<Class<?>>, Kind, Filter> filters) throws Exception {
        List<String> failed = new ArrayList<>();
        for (Arguments arguments : everyEndpointAndCaller().toList()) {
            @SuppressWarnings("unchecked")
            List<Class<?>> resources = (List<Class<?>>) arguments.get()[0];
            Endpoint endpoint = (Endpoint) arguments.get()[1];
            Kind kind = (Kind) arguments.get()[2];
            try {
                checkAnswersAsMeant(filters.apply(resources, kind), endpoint, kind);
            } catch (AssertionError e) {
                failed.add(endpoint + " as " + kind);
            }
        }
        return failed;
    }

    @Test
    void everyAnnotationIsExercisedByThePlantedResources() {
        assertThat(AccessMatrix.endpoints(PLANTED)).extracting(Endpoint::path).contains("planted/system-admin",
                "planted/admin", "planted/licensed", "planted/unlicensed-site", "planted/anonymous-site/x1",
                "planted/unrestricted", "planted/undeclared", "class-level");
    }

    /** Issue 15: while the host is read-only a change is refused with a message, after the access checks. */
    @Test
    void aReadOnlyHostHasChangesRefusedWithAMessageAndReadsGoOn() throws Exception {
        checkReadOnlyAnswers(host -> new RestAccessFilter(host));
    }

    /**
     * The negative control of the read-only check: a filter that does not see the host's read-only mode (the check
     * off) lets the change through, and the check fails.
     */
    @Test
    void aFilterThatIgnoresReadOnlyModeFailsTheReadOnlyCheck() {
        assertThatThrownBy(() -> checkReadOnlyAnswers(host -> {
            PlainframeHost writable = mock(PlainframeHost.class, delegatesTo(host));
            doReturn(false).when(writable).readOnly();
            return new RestAccessFilter(writable);
        })).isInstanceOf(AssertionError.class).hasMessageContaining("a change while read-only");
    }

    private static void checkReadOnlyAnswers(Function<PlainframeHost, Filter> filters) throws Exception {
        List<Class<?>> api = AccessDeclarationTest.RESOURCES;
        PlainframeHost host = AccessMatrix.host(api, Kind.ADMIN_WITH_WEBSUDO);
        when(host.readOnly()).thenReturn(true);
        Endpoint change = AccessMatrix.endpoints(api).stream().filter(e -> e.toString().equals("PUT license"))
                .findFirst().orElseThrow();
        AccessMatrix.Answer refused = AccessMatrix.call(filters.apply(host), change, Kind.ADMIN_WITH_WEBSUDO);
        assertThat(refused.status()).as("a change while read-only").isEqualTo(503);
        assertThat(refused.code()).isEqualTo("READ_ONLY");
        assertThat(refused.message()).contains("read-only mode");
        for (String read : List.of("GET license", "POST license/preview")) {
            Endpoint endpoint = AccessMatrix.endpoints(api).stream().filter(e -> e.toString().equals(read))
                    .findFirst().orElseThrow();
            assertThat(AccessMatrix.call(filters.apply(host), endpoint, Kind.ADMIN_WITH_WEBSUDO)).as(read)
                    .isEqualTo(AccessMatrix.Answer.PASSED);
        }
    }

    @Test
    void aRefusalIsJsonThatNoCacheKeepsAndNoBrowserSniffs() throws Exception {
        FilterRun run = new FilterRun(AccessMatrix.host(AccessDeclarationTest.RESOURCES, Kind.LICENSED_USER))
                .request("GET", "license");
        HttpServletResponse response = run.respond();
        verify(response).setStatus(403);
        verify(response).setContentType("application/json;charset=UTF-8");
        verify(response).setHeader("Cache-Control", "no-store");
        verify(response).setHeader("X-Content-Type-Options", "nosniff");
    }
}
