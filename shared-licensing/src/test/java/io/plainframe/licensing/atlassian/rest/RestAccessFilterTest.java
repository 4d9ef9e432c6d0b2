package io.plainframe.licensing.atlassian.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;

import io.plainframe.licensing.atlassian.rest.AccessMatrix.Endpoint;
import io.plainframe.licensing.atlassian.rest.AccessMatrix.Kind;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
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
        assertThat(AccessMatrix.call(resources, endpoint, kind)).isEqualTo(AccessMatrix.expected(endpoint, kind));
    }

    @Test
    void everyAnnotationIsExercisedByThePlantedResources() {
        assertThat(AccessMatrix.endpoints(PLANTED)).extracting(Endpoint::path).contains("planted/system-admin",
                "planted/admin", "planted/licensed", "planted/unlicensed-site", "planted/anonymous-site/x1",
                "planted/unrestricted", "planted/undeclared", "class-level");
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
