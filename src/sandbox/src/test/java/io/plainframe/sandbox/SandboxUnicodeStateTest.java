package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static io.plainframe.sandbox.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import io.plainframe.sandbox.host.ProductServices;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, item 1, as it was reproduced: users' text with an emoji across the first chunk boundary (unit 30,000
 * of the stored text), through the sandbox's database, which keeps text as a UTF-8 database does. The test reads
 * the database to make sure the text it sent really lies across the boundary, then checks that everything reads
 * back exactly, admins can still change things, and it all survives a restart.
 */
class SandboxUnicodeStateTest {

    private static final String REST = "/rest/plainframe/1.0";
    private static final int CUT = 30_000;
    private static final String EMOJI = "\uD83D\uDE00";
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-f]{4})");

    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void seatRequestNotesWithAnEmojiAcrossTheChunkBoundaryLeaveTheStateReadable(String product) throws Exception {
        Map<String, String> notes = new LinkedHashMap<>();
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl(product));
            for (int user = 11; user <= 45; user++) {
                ask(http, notes, String.format("user%02d", user));
            }
            // Requests are appended, so the text at the cut moves only when an earlier one goes: the admin
            // dismisses the oldest and its user asks again, until a pair lies across the cut.
            for (int moves = 0; moves < 30 && !pairAcrossTheCut(sandbox, product, "state"); moves++) {
                Map<?, ?> oldest = (Map<?, ?>) ((List<?>) json(http.get(REST + "/seat-requests", "Authorization",
                        basic("admin"))).get("requests")).get(0);
                assertThat(http.post(REST + "/seat-requests/" + oldest.get("id") + "/dismiss", null, "",
                        "Authorization", basic("admin"), "X-Atlassian-Token", "no-check").statusCode()).isEqualTo(200);
                notes.remove((String) oldest.get("username"));
                ask(http, notes, (String) oldest.get("username"));
            }
            assertThat(pairAcrossTheCut(sandbox, product, "state"))
                    .as("the stored state has a surrogate pair across unit %d", CUT).isTrue();

            assertThat(storedNotes(http)).isEqualTo(notes);
            Map<String, Object> license = json(http.get(REST + "/license", "Authorization", basic("admin")));
            assertThat(license).doesNotContainKey("storageProblem");
            assertThat(http.put(REST + "/settings", "{\"mode\":\"selected\",\"editorsGroup\":\"designers\"}",
                    "Authorization", basic("admin")).statusCode()).as("an admin change").isEqualTo(200);
            assertThat(storedNotes(http)).isEqualTo(notes);
        }
        try (Sandbox restarted = new Sandbox(0, data, false)) {
            Http http = new Http(restarted.baseUrl(product));
            assertThat(storedNotes(http)).as("after a restart").isEqualTo(notes);
        }
    }

    /**
     * Jira wireframes are issue attachments now (issue 15), so only one an older build kept in the plugin's
     * settings is still chunked: with an emoji across the boundary, it moves to its attachment exactly.
     */
    @Test
    void aJiraWireframeWithAnEmojiAcrossTheChunkBoundaryStaysReadableOnItsIssue() throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl("jira"));
            String key = SandboxHostTest.demoKeys(http).get("demo-key-10-editors");
            assertThat(http.put(REST + "/license", Json.write(Map.of("key", key)), "Authorization",
                    basic("admin")).statusCode()).isEqualTo(200);
            String id = null;
            String document = null;
            for (int shift = 0; shift < 2 && id == null; shift++) {
                document = document(shift);
                SandboxJiraAttachmentsTest.createAsTheOlderBuild(sandbox.plugin("jira"), "emoji" + shift, document);
                if (pairAcrossTheCut(sandbox, "jira", "wf.doc.emoji" + shift)) {
                    id = "emoji" + shift;
                }
            }
            assertThat(id).as("a stored document has a surrogate pair across unit %d", CUT).isNotNull();

            Map<String, Object> read = json(http.get(REST + "/wireframes/" + id, "Authorization", basic("user45")));
            assertThat(Json.write(read.get("document"))).isEqualTo(Json.write(Json.parse(document)));
            assertThat(sandbox.jiraAttachments().attachmentsOf(ProductServices.demoIssueId()))
                    .extracting(com.atlassian.jira.issue.attachment.Attachment::getFilename)
                    .contains("plainframe-" + id + ".v1.json");
            http.logIn("user11", "user11");
            String issue = http.get("/browse/DEMO-1").body();
            assertThat(issue).contains("data-wireframe-id=\"" + id + "\"").doesNotContain("plainframe-unreadable");
        }
    }

    /**
     * The user asks for a seat with a note of 400 to 499 emoji, after an "a" for every other user. The lengths
     * differ, so each move of the loop above shifts the stored text at the cut by a different amount: wherever what
     * comes before the requests (the roster, the settings) ends, a few moves put a pair across the cut.
     */
    private static void ask(Http http, Map<String, String> notes, String username) {
        String note = (username.hashCode() % 2 == 0 ? "a" : "") + EMOJI.repeat(400
                + Math.floorMod(username.hashCode() * 37, 100));
        HttpResponse<String> asked = http.post(REST + "/seat-requests", "application/json",
                Json.write(Map.of("note", note)), "Authorization", basic(username));
        assertThat(asked.statusCode()).as(username + ": " + asked.body()).isEqualTo(200);
        notes.put(username, note);
    }

    /** Thirty-five note controls of 499 emoji, the first one shifted by one unit when asked. */
    private static String document(int shift) {
        List<Object> controls = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            Map<String, Object> control = new LinkedHashMap<>();
            control.put("id", "n" + i);
            control.put("type", "note");
            control.put("x", 10L + i);
            control.put("y", 10L + i);
            control.put("width", 200L);
            control.put("height", 100L);
            control.put("text", (i == 0 && shift == 1 ? "a" : "") + EMOJI.repeat(499));
            controls.add(control);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("formatVersion", 1L);
        document.put("width", 800L);
        document.put("height", 600L);
        document.put("controls", controls);
        return Json.write(document);
    }

    private static Map<String, String> storedNotes(Http http) {
        HttpResponse<String> response = http.get(REST + "/seat-requests", "Authorization", basic("admin"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, String> notes = new LinkedHashMap<>();
        for (Object request : (List<?>) json(response).get("requests")) {
            Map<?, ?> entry = (Map<?, ?>) request;
            notes.put((String) entry.get("username"), (String) entry.get("note"));
        }
        return notes;
    }

    /**
     * Whether the value's text, as Plainframe handed it to the store, has a surrogate pair across the first cut:
     * what schema 1 stored raw, and what a UTF-8 database turned into two {@code ?}.
     */
    private static boolean pairAcrossTheCut(Sandbox sandbox, String product, String key) throws Exception {
        String prefix = "io.plainframe." + product + "." + key;
        String head = sandbox.database().text("SELECT v FROM plugin_settings WHERE host = ? AND k = ?", product,
                prefix).orElse(null);
        if (head == null) {
            return false;
        }
        boolean marked = head.startsWith("pf:");
        Map<?, ?> description = (Map<?, ?>) Json.parse(marked ? head.substring(3) : head);
        StringBuilder stored = new StringBuilder();
        for (long i = 0; i < (Long) description.get("chunks"); i++) {
            String chunk = sandbox.database().text("SELECT v FROM plugin_settings WHERE host = ? AND k = ?",
                    product, prefix + "#" + description.get("revision") + "." + i).orElseThrow();
            stored.append(marked ? chunk.substring(3) : chunk);
        }
        String text = marked ? unescape(stored.toString()) : stored.toString();
        return text.length() > CUT && Character.isHighSurrogate(text.charAt(CUT - 1))
                && Character.isLowSurrogate(text.charAt(CUT));
    }

    private static String unescape(String ascii) {
        Matcher escape = ESCAPE.matcher(ascii);
        StringBuilder text = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(text, Matcher.quoteReplacement(String.valueOf(
                    (char) Integer.parseInt(escape.group(1), 16))));
        }
        return escape.appendTail(text).toString();
    }
}
