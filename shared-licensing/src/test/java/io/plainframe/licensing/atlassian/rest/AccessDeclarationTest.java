package io.plainframe.licensing.atlassian.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint of the licensing API declares who may call it with exactly one access annotation the hosts read,
 * and the check catches endpoints that do not (planted resources). The wireframes module checks its resource too.
 */
class AccessDeclarationTest {

    static final List<Class<?>> RESOURCES = List.of(PlainframeResource.class);

    @Test
    void everyEndpointCarriesExactlyOneAccessAnnotationAndNoAnonymousAllowed() {
        assertThat(AccessDeclarations.problems(RESOURCES)).isEmpty();
    }

    @Test
    void theRouteTableKnowsEveryEndpointOnceAndOnlyThem() {
        List<String> routes = RestRoutes.of(RESOURCES).all().stream().map(Object::toString).toList();
        assertThat(routes).hasSize(21).doesNotHaveDuplicates();
        assertThat(AccessMatrix.endpoints(RESOURCES)).hasSize(21);
    }

    @Test
    void anEndpointWithoutAnnotationIsCaught() {
        assertThat(AccessDeclarations.problems(List.of(PlantedResources.EveryAnnotation.class)))
                .containsExactly("EveryAnnotation.undeclared carries 0 access annotations, not exactly one");
    }

    @Test
    void anEndpointDeclaredOnlyOnItsClassIsCaught() {
        assertThat(AccessDeclarations.problems(List.of(PlantedResources.ClassLevel.class)))
                .containsExactly("ClassLevel.get carries 0 access annotations, not exactly one");
    }

    @Test
    void anEndpointWithTwoAnnotationsIsCaught() {
        assertThat(AccessDeclarations.problems(List.of(PlantedResources.Doubly.class)))
                .containsExactly("Doubly.get carries 2 access annotations, not exactly one");
    }

    @Test
    void anonymousAllowedIsCaughtAloneAndBesideAnAnnotationV2Reads() {
        assertThat(AccessDeclarations.problems(List.of(PlantedResources.AnonymousAllowedOnes.class)))
                .hasSize(3).anyMatch(problem -> problem.startsWith("AnonymousAllowedOnes.alone carries 0"))
                .anyMatch(problem -> problem.startsWith("AnonymousAllowedOnes.alone: AnonymousAllowed on"))
                .anyMatch(problem -> problem.startsWith("AnonymousAllowedOnes.beside: AnonymousAllowed on"));
    }

    @Test
    void theRouteTableRefusesWhatItCannotReadInsteadOfGuessing() {
        assertThatIllegalArgumentException().isThrownBy(() -> RestRoutes.of(List.of(PlantedResources.Locator.class)))
                .withMessageContaining("sub-resource locators are not supported");
        assertThatIllegalArgumentException().isThrownBy(() -> RestRoutes.of(List.of(PlantedResources.Regex.class)))
                .withMessageContaining("only whole-segment {name} templates");
        assertThatIllegalArgumentException().isThrownBy(() -> RestRoutes.of(List.of(PlantedResources.class)))
                .withMessageContaining("no @Path");
    }

    static Stream<Method> endpoints() {
        return RESOURCES.stream().flatMap(resource -> Arrays.stream(resource.getDeclaredMethods()))
                .filter(method -> EndpointAccess.declaredOn(method).size() > 0);
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
}
