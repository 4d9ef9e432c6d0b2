package io.plainframe.licensing.atlassian.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.plainframe.licensing.atlassian.PlainframeHost;
import io.plainframe.licensing.atlassian.rest.AccessMatrix.Answer;
import io.plainframe.licensing.atlassian.rest.AccessMatrix.Kind;
import io.plainframe.licensing.atlassian.rest.RestRoutes.Route;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which endpoint a request reaches, as the filter reads it: literal segments before templates as JAX-RS orders
 * them (checked against Jersey 1 itself), trailing slashes, encoded slashes and letters, dot segments, unknown
 * paths, HEAD and OPTIONS.
 */
class RestRoutesTest {

    private static final RestRoutes THINGS = RestRoutes.of(List.of(PlantedResources.Things.class,
            PlantedResources.EveryAnnotation.class));
    private static final List<Class<?>> API = AccessDeclarationTest.RESOURCES;

    @Test
    void onlyReadsAndTheLicensePreviewGoOnWhileTheHostIsReadOnly() {
        RestRoutes api = RestRoutes.of(API);
        assertThat(api.route("POST", List.of("license", "preview")).orElseThrow().changesNothing()).isTrue();
        assertThat(api.route("GET", List.of("license")).orElseThrow().changesNothing()).isTrue();
        assertThat(api.route("PUT", List.of("license")).orElseThrow().changesNothing()).isFalse();
        assertThat(api.route("POST", List.of("editors")).orElseThrow().changesNothing()).isFalse();
        assertThat(api.route("POST", List.of("seat-requests")).orElseThrow().changesNothing()).isFalse();
    }

    @Test
    void aLiteralSegmentWinsOverATemplateAtTheSamePlace() {
        assertThat(endpoint("GET", "things/mine")).contains("mine");
        assertThat(endpoint("GET", "things/other")).contains("byId");
        assertThat(endpoint("GET", "things/a/b/c")).contains("aby");
        assertThat(endpoint("GET", "things/a/z/c")).contains("axc");
        assertThat(endpoint("POST", "things/mine")).contains("postMine");
        assertThat(endpoint("POST", "things/other")).as("no fallback to another template: JAX-RS answers 405")
                .isEmpty();
    }

    @Test
    void theRouteTableChoosesWhatJersey1Dispatches() throws Exception {
        List<String[]> probes = List.of(new String[] {"GET", "things/mine"}, new String[] {"GET", "things/other"},
                new String[] {"GET", "things/min%65"}, new String[] {"GET", "things/a/b/c"},
                new String[] {"GET", "things/a/z/c"}, new String[] {"GET", "things/a/b"},
                new String[] {"POST", "things/mine"}, new String[] {"POST", "things/other"},
                new String[] {"GET", "things"}, new String[] {"GET", "things/mine/"}, new String[] {"GET", "nothing"},
                new String[] {"DELETE", "planted/anonymous-site/a%2Fb"}, new String[] {"HEAD", "things/mine"});
        HttpClient http = HttpClient.newHttpClient();
        try (JerseyServer jersey = new JerseyServer(new PlantedResources.Things(),
                new PlantedResources.EveryAnnotation())) {
            for (String[] probe : probes) {
                HttpResponse<String> dispatched = http.send(HttpRequest.newBuilder(URI.create(jersey.base()
                        + probe[1])).method(probe[0], HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                List<String> raw = Arrays.asList(probe[1].split("/", -1));
                Optional<String> chosen = THINGS.route(probe[0], raw.get(raw.size() - 1).isEmpty()
                        ? raw.subList(0, raw.size() - 1) : raw).map(route -> route.endpoint().getName());
                if (chosen.isPresent() && !probe[0].equals("HEAD")) {
                    assertThat(dispatched.body()).as("%s %s", probe[0], probe[1]).isEqualTo(chosen.get());
                } else if (chosen.isPresent()) {
                    assertThat(dispatched.statusCode()).as("HEAD %s", probe[1]).isEqualTo(200);
                } else {
                    assertThat(dispatched.statusCode()).as("%s %s", probe[0], probe[1]).isIn(404, 405);
                }
            }
        }
    }

    @Test
    void aTrailingSlashReachesTheSameEndpoint() throws Exception {
        assertThat(call(Kind.ANONYMOUS, "GET", "status/", "status/").code()).isEqualTo("NOT_SIGNED_IN");
        assertThat(call(Kind.LICENSED_USER, "GET", "license/", "license/").code()).isEqualTo("NOT_ADMIN");
        assertThat(call(Kind.ADMIN_WITHOUT_WEBSUDO, "DELETE", "editors/bob/", "editors/bob/").code())
                .isEqualTo("WEBSUDO_REQUIRED");
    }

    @Test
    void anEncodedSlashNeverGetsARequestPastACheckAnyReadingOfItsPathWouldApply() throws Exception {
        // Read as decoded, this is an approval (admins); read as sent, one segment that no route has.
        assertThat(call(Kind.LICENSED_USER, "POST", "seat-requests%2Fx%2Fapprove", "seat-requests/x/approve")
                .code()).isEqualTo("NOT_ADMIN");
        assertThat(call(Kind.ADMIN_WITHOUT_WEBSUDO, "POST", "seat-requests%2Fx%2Fapprove", "seat-requests/x/approve")
                .code()).isEqualTo("WEBSUDO_REQUIRED");
        // Read as sent, a username with a slash (as Jersey 1 dispatches it); decoded, no route.
        assertThat(call(Kind.LICENSED_USER, "DELETE", "editors/a%2Fb", "editors/a/b").code()).isEqualTo("NOT_ADMIN");
        assertThat(call(Kind.ADMIN_WITH_WEBSUDO, "DELETE", "editors/a%2Fb", "editors/a/b")).isEqualTo(Answer.PASSED);
    }

    @Test
    void encodedLettersDotSegmentsMatrixParametersAndOtherVersionsReachTheirEndpoint() throws Exception {
        assertThat(call(Kind.ANONYMOUS, "GET", "st%61tus", "status").code()).isEqualTo("NOT_SIGNED_IN");
        assertThat(call(Kind.LICENSED_USER, "GET", "x/../license", "license").code()).isEqualTo("NOT_ADMIN");
        assertThat(call(Kind.LICENSED_USER, "GET", "license;a=b", "license").code()).isEqualTo("NOT_ADMIN");
        FilterRun latest = new FilterRun(AccessMatrix.host(API, Kind.LICENSED_USER)).request("GET",
                "/rest/plainframe/latest/license", "/rest/plainframe/latest/license");
        assertThat(latest.answer().code()).isEqualTo("NOT_ADMIN");
        FilterRun other = new FilterRun(AccessMatrix.host(API, Kind.LICENSED_USER)).request("GET",
                "/rest/plainframe/1/license", "/rest/plainframe/1/license");
        assertThat(other.answer().code()).as("any version a host might serve is checked").isEqualTo("NOT_ADMIN");
    }

    @Test
    void aRequestNoRouteKnowsPassesOnWithoutAskingWhoSentIt() throws Exception {
        for (String[] request : new String[][] {{"GET", "/rest/plainframe/1.0/no-such-thing"},
                {"PATCH", "/rest/plainframe/1.0/license"}, {"OPTIONS", "/rest/plainframe/1.0/license"},
                {"GET", "/rest/plainframe//license"}, {"GET", "/rest/plainframe/1.0"},
                {"GET", "/rest/plainframe/1.0/"}, {"GET", "/rest/plainframe/1.0/license/x"},
                {"GET", "/rest/plainframe/1.0/%zz"}}) {
            PlainframeHost host = AccessMatrix.host(API, Kind.ANONYMOUS);
            FilterRun run = new FilterRun(host).request(request[0], request[1], request[1].replace("%zz", "?"));
            assertThat(run.answer()).as("%s %s", request[0], request[1]).isEqualTo(Answer.PASSED);
            verify(host, never()).requester(any());
        }
    }

    @Test
    void headIsAnsweredAsTheGetOfTheSamePath() throws Exception {
        assertThat(call(Kind.LICENSED_USER, "HEAD", "license", "license").code()).isEqualTo("NOT_ADMIN");
        assertThat(call(Kind.ANONYMOUS, "HEAD", "status", "status").code()).isEqualTo("NOT_SIGNED_IN");
        assertThat(THINGS.route("HEAD", List.of("things", "mine")).map(Route::httpMethod)).contains("GET");
    }

    private static Optional<String> endpoint(String method, String path) {
        return THINGS.route(method, List.of(path.split("/"))).map(route -> route.endpoint().getName());
    }

    private static Answer call(Kind kind, String method, String raw, String decoded) throws Exception {
        FilterRun run = new FilterRun(AccessMatrix.host(API, kind)).request(method, "/rest/plainframe/1.0/" + raw,
                "/rest/plainframe/1.0/" + decoded);
        AccessMatrix.authorize(run.request(), kind);
        return run.answer();
    }
}
