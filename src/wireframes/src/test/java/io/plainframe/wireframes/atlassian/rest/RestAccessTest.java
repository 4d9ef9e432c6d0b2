package io.plainframe.wireframes.atlassian.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.atlassian.rest.AccessDeclarations;
import io.plainframe.licensing.atlassian.rest.AccessMatrix;
import io.plainframe.licensing.atlassian.rest.AccessMatrix.Endpoint;
import io.plainframe.licensing.atlassian.rest.AccessMatrix.Kind;
import io.plainframe.licensing.atlassian.rest.PlainframeResource;
import io.plainframe.wireframes.atlassian.WireframePlainframe;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The REST module both plugins mount, licensing API and wireframes: the access filter knows every root resource
 * of its packages, every endpoint declares exactly one access annotation, and the filter answers every endpoint
 * and kind of caller as that annotation means.
 */
class RestAccessTest {

    private static final List<Class<?>> RESOURCES = WireframePlainframe.REST_RESOURCES;

    @Test
    void theFilterKnowsEveryRootResourceOfTheRestPackages() throws Exception {
        List<String> found = new ArrayList<>();
        for (Class<?> inPackage : List.of(PlainframeResource.class, WireframeResource.class)) {
            for (String name : classesIn(inPackage.getPackageName())) {
                if (Class.forName(name).isAnnotationPresent(javax.ws.rs.Path.class)) {
                    found.add(name);
                }
            }
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(RESOURCES.stream().map(Class::getName).toList());
    }

    @Test
    void everyEndpointCarriesExactlyOneAccessAnnotationAndNoAnonymousAllowed() {
        assertThat(AccessDeclarations.problems(RESOURCES)).isEmpty();
        assertThat(AccessMatrix.endpoints(RESOURCES)).extracting(Endpoint::toString)
                .contains("GET wireframes/x1", "PUT wireframes/x1");
    }

    static Stream<Arguments> everyEndpointAndCaller() {
        return AccessMatrix.endpoints(RESOURCES).stream().flatMap(endpoint -> Arrays.stream(Kind.values())
                .map(kind -> Arguments.of(endpoint, kind)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointAndCaller")
    void theFilterAnswersAsTheEndpointsAnnotationMeans(Endpoint endpoint, Kind kind) throws Exception {
        assertThat(AccessMatrix.call(RESOURCES, endpoint, kind)).isEqualTo(AccessMatrix.expected(endpoint, kind));
    }

    /** The classes directly in a package, from a folder or a jar on the class path. */
    private static List<String> classesIn(String pkg) throws Exception {
        String folder = pkg.replace('.', '/');
        List<String> names = new ArrayList<>();
        for (URL url : Collections.list(RestAccessTest.class.getClassLoader().getResources(folder))) {
            List<String> entries = new ArrayList<>();
            if (url.getProtocol().equals("jar")) {
                try (JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile()) {
                    jar.stream().map(entry -> entry.getName()).filter(name -> name.startsWith(folder + "/"))
                            .map(name -> name.substring(folder.length() + 1)).forEach(entries::add);
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.map(file -> file.getFileName().toString()).forEach(entries::add);
                }
            }
            entries.stream().filter(name -> name.endsWith(".class") && !name.contains("/") && !name.contains("$")
                    && !name.equals("package-info.class"))
                    .map(name -> pkg + "." + name.substring(0, name.length() - 6)).forEach(names::add);
        }
        return names;
    }
}
