package io.plainframe.wireframes.atlassian.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.plainframe.licensing.TestHost;
import io.plainframe.licensing.atlassian.Requester;
import io.plainframe.licensing.atlassian.RuntimeForTests;
import io.plainframe.licensing.atlassian.rest.JerseyServer;
import io.plainframe.licensing.atlassian.rest.OldRestLayer;
import io.plainframe.licensing.atlassian.rest.PlainframeResource;
import io.plainframe.licensing.atlassian.rest.RestAccessFilter;
import io.plainframe.licensing.host.FakeContentPermissions;
import io.plainframe.licensing.host.FakeUserDirectory;
import io.plainframe.licensing.web.Caller;
import io.plainframe.wireframes.EnglishTexts;
import io.plainframe.wireframes.WireframeFormat;
import io.plainframe.wireframes.atlassian.WireframeHost;
import io.plainframe.wireframes.atlassian.WireframePlainframe;
import io.plainframe.wireframes.store.IndexedWireframeStore;
import io.plainframe.wireframes.store.SettingsWireframeDocuments;
import io.plainframe.wireframes.web.WireframesApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /wireframes/{id}} under the same Jersey 1 that Atlassian REST runs, next to the licensing API's root
 * resource and behind their access filter as both plugins mount them, over real HTTP: every status of SPEC 6's
 * wireframe row reaches the client with its JSON body. The caller is named by a test header.
 */
class WireframeResourceJerseyTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BUTTON = "{\"formatVersion\":1,\"width\":640,\"height\":480,\"controls\":["
            + "{\"id\":\"ok\",\"type\":\"button\",\"x\":10,\"y\":20,\"width\":100,\"height\":30,\"text\":\"OK\"}]}";
    private static JerseyServer server;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        server = serve(request -> request);
        base = server.base();
    }

    /** The plugin's REST resources for a host of their own, the access filter seeing requests as {@code as}. */
    private static JerseyServer serve(UnaryOperator<HttpServletRequest> as) throws Exception {
        TestHost licensing = new TestHost().users("ann", "bob", "cat", "reader").licensedFor(2);
        TestHost.assertDone(licensing.add("ann", "bob"));
        FakeContentPermissions content = new FakeContentPermissions().allowEdit("key-ann", "1001")
                .allowEdit("key-bob", "1001").allowEdit("key-cat", "1001").allowView("key-reader", "1001");
        WireframesApi api = new WireframesApi(licensing.snapshots, content, new IndexedWireframeStore(
                licensing.store, new SettingsWireframeDocuments(licensing.store), Optional::of),
                EnglishTexts.ENGLISH);
        WireframeHost host = mock(WireframeHost.class);
        when(host.wireframes()).thenReturn(api);
        when(host.caller(any())).thenAnswer(call -> caller(call.getArgument(0)));
        // Signed-in test users hold a product licence; the site lets no anonymous visitor in.
        when(host.requester(any())).thenAnswer(call -> {
            Caller caller = caller(call.getArgument(0));
            return new Requester(caller, false, !caller.isAnonymous(), false, false, false);
        });
        when(host.restResources()).thenReturn(WireframePlainframe.REST_RESOURCES);
        FakeUserDirectory directory = new FakeUserDirectory();
        when(host.runtime()).thenReturn(RuntimeForTests.runtime(directory));
        return JerseyServer.behind(OldRestLayer.before(as, new RestAccessFilter(host)), new PlainframeResource(host),
                new WireframeResource(host));
    }

    @Test
    void theEncodingCheckFailsOnARestLayerThatRepairsTheDocument() throws Exception {
        // The REST layer before the fix, planted in front of today's: the body read as lenient UTF-8, so the
        // document was saved with a replacement character.
        String kept = base;
        try (JerseyServer old = serve(OldRestLayer::repairing)) {
            base = old.base();
            assertThatThrownBy(this::aDocumentThatIsNotUtf8IsRefusedInsteadOfBeingSavedWithReplacementCharacters)
                    .isInstanceOf(AssertionError.class).hasMessageContaining("400");
            assertThat(send("GET", "wireframes/bad-bytes", "ann", null).statusCode()).as("saved, repaired")
                    .isEqualTo(200);
        } finally {
            base = kept;
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void everyStatusOfTheWireframeRowReachesTheClientWithItsBody() throws Exception {
        assertThat(send("GET", "wireframes/demo", null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "wireframes/Bad_Id", "ann", null).statusCode()).isEqualTo(400);
        assertThat(send("GET", "wireframes/demo", "ann", null).statusCode()).isEqualTo(404);

        HttpResponse<String> created = put("ann", "{\"version\":0,\"contentId\":\"1001\",\"document\":" + BUTTON + "}");
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(created.body()).isEqualTo("{\"id\":\"demo\",\"version\":1,\"message\":\"Saved (version 1).\"}");

        HttpResponse<String> read = send("GET", "wireframes/demo", "reader", null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).startsWith("{\"id\":\"demo\",\"version\":1,\"document\":{\"formatVersion\":1,");

        assertThat(put("reader", "{\"version\":1,\"document\":" + BUTTON + "}").body())
                .contains("\"code\":\"NO_EDIT_PERMISSION\"");
        assertThat(put("cat", "{\"version\":1,\"document\":" + BUTTON + "}").statusCode()).isEqualTo(403);
        HttpResponse<String> invalid = put("ann", "{\"version\":1,\"document\":" + BUTTON.replace("640", "4001")
                + "}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"path\":\"$.document.width\"");
        assertThat(put("ann", "{\"version\":1,\"document\":" + BUTTON.replace("\"x\":10", "\"x\":11") + "}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> conflict = put("bob", "{\"version\":1,\"document\":" + BUTTON + "}");
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("\"code\":\"CONFLICT\"", "\"version\":2");
    }

    @Test
    void aBodyTooLargeToReadIs413AndAFormPostIs415() throws Exception {
        HttpResponse<String> huge = put("ann", "{\"version\":1,\"document\":\""
                + "x".repeat(WireframeFormat.MAX_BYTES + 8192) + "\"}");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("\"code\":\"TOO_LARGE\"");
        assertThat(send("PUT", "wireframes/other", "ann", "application/x-www-form-urlencoded").statusCode())
                .isEqualTo(415);
    }

    @Test
    void aDocumentThatIsNotUtf8IsRefusedInsteadOfBeingSavedWithReplacementCharacters() throws Exception {
        byte[] json = ("{\"version\":0,\"contentId\":\"1001\",\"document\":" + BUTTON.replace("\"OK\"", "\"O#\"")
                + "}").getBytes(StandardCharsets.UTF_8);
        int hash = new String(json, StandardCharsets.UTF_8).indexOf('#');
        json[hash] = (byte) 0xff;
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(base + "wireframes/bad-bytes"))
                .header("X-Test-User", "ann").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"code\":\"INVALID_ENCODING\"", "UTF-8");
        assertThat(send("GET", "wireframes/bad-bytes", "ann", null).statusCode()).as("nothing saved").isEqualTo(404);
    }

    @Test
    void theLicensingApiIsStillServedNextToIt() throws Exception {
        assertThat(send("GET", "status", "ann", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "wireframes", "ann", null).statusCode()).isEqualTo(405);
    }

    private static Caller caller(HttpServletRequest request) {
        String who = request.getHeader("X-Test-User");
        return who == null ? Caller.ANONYMOUS : Caller.user("key-" + who, who);
    }

    private static HttpResponse<String> put(String who, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "wireframes/demo"))
                .header("X-Test-User", who).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String path, String who, String type) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (who != null) {
            builder.header("X-Test-User", who);
        }
        if (type != null) {
            builder.header("Content-Type", type);
        }
        builder.method(method, type == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString("version=1"));
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
