package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static io.plainframe.sandbox.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.json.Json;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every value Plainframe stores in the host (Jira's plugin settings here, where all of its state lives) is
 * tampered with in turn, one character changed: the damage is detected and reported where it shows (the admin
 * page's license answer or its audit names it; a damaged wireframe answers UNREADABLE and the issue panel says so),
 * and Plainframe logs a warning or an error about it; viewing keeps working, nothing is silently reset or
 * overwritten, and once the value is restored everything is as before.
 */
class SandboxCorruptionTest {

    private static final String REST = "/rest/plainframe/1.0";
    private static final String ADMIN = basic("admin");
    private static final Duration DETECTED_WITHIN = Duration.ofSeconds(15);

    @TempDir
    Path data;

    @Test
    void everyStoredValueTamperedInTurnIsReportedNeverResetAndViewingGoesOn() throws Exception {
        try (PluginLog log = new PluginLog(); Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl("jira"));
            String key = SandboxHostTest.demoKeys(http).get("demo-key-10-editors");
            assertThat(http.put(REST + "/license", Json.write(Map.of("key", key)), "Authorization", ADMIN)
                    .statusCode()).isEqualTo(200);
            assertThat(http.post(REST + "/editors", "application/json", "{\"usernames\":[\"user11\"]}",
                    "Authorization", ADMIN).statusCode()).isEqualTo(200);
            assertThat(http.put(REST + "/wireframes/demo", "{\"version\":1,\"document\":{\"formatVersion\":1,"
                    + "\"width\":300,\"height\":200,\"controls\":[]}}", "Authorization", basic("user11"))
                    .statusCode()).isEqualTo(200);
            String before = snapshot(http);
            Map<String, String> good = JiraSettings.all(sandbox.database());
            List<List<String>> stored = live(sandbox.database().rows("SELECT k, v FROM plugin_settings WHERE host = "
                    + "'jira' ORDER BY k"));
            assertThat(stored).hasSizeGreaterThan(3);
            StringBuilder report = new StringBuilder();
            for (List<String> row : stored) {
                String name = row.get(0);
                String original = row.get(1);
                String damaged = tamper(original);
                log.clear();
                sandbox.database().update("UPDATE plugin_settings SET v = ? WHERE host = 'jira' AND k = ?", damaged,
                        name);

                String how = detected(http, name);
                report.append(name).append(": ").append(how).append('\n');
                assertThat(how).as("%s is reported", name).isNotEmpty();
                List<String> logged = log.problems();
                report.append("  log: ").append(logged).append('\n');
                String value = name.substring("io.plainframe.jira.".length()).split("#")[0];
                assertThat(logged).as("%s is logged by name", name)
                        .anyMatch(line -> line.contains("'" + value + "'"));
                assertThat(http.get(REST + "/status?contentId=DEMO-1", "Authorization", basic("user45"))
                        .body()).as("%s: viewing goes on", name).contains("\"canView\":true");
                assertThat(http.get("/browse/DEMO-1", "Authorization", basic("user45")).statusCode())
                        .as("%s: the issue still renders", name).isEqualTo(200);
                // The write that would replace the damaged value (issue 17, item 2), attempted while it is damaged.
                Attempt attempt = attemptOverwrite(http, value);
                String after = sandbox.database().text("SELECT v FROM plugin_settings WHERE host = 'jira' AND k = ?",
                        name).orElse(null);
                checkNeverOverwritten(name, damaged, attempt, after);
                if (value.equals("audit.next")) {
                    assertThat(log.problems()).as("%s: the change's event is in the server log", name)
                            .anyMatch(line -> line.contains("Could not write the audit event EDITOR_ADDED user13"));
                }
                report.append("  write: ").append(attempt == null ? "none: " + NOT_ATTEMPTED : attempt).append('\n');

                // Every setting as it was: the value, and what an accepted write added (a damaged audit fails
                // no admin's change).
                JiraSettings.restore(sandbox.database(), good);
                awaitRecovered(http, before, name);
            }
            System.out.printf("Corruption: %d stored values tampered in turn, each reported, none reset:%n%s",
                    stored.size(), report);
        }
    }

    @Test
    void theNeverOverwrittenCheckFailsOnWhatAWriteOverDamageWouldLeave() {
        String state = "io.plainframe.jira.state";
        Attempt refused = new Attempt("an admin's change", 500, "STATE_UNREADABLE");
        Attempt accepted = new Attempt("an admin's change", 200, null);
        checkNeverOverwritten(state, "damaged", refused, "damaged");
        checkNeverOverwritten("io.plainframe.jira.wf.list.10001", "damaged",
                new Attempt("a new wireframe on the issue", 500, "UNREADABLE"), "damaged");
        checkNeverOverwritten("io.plainframe.jira.audit.next", "damaged", accepted, "damaged");
        checkNeverOverwritten("io.plainframe.jira.audit.7#3.0", "damaged", null, "damaged");
        assertThatThrownBy(() -> checkNeverOverwritten(state, "damaged", accepted, "repaired"))
                .as("the write replaced the damaged value").isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> checkNeverOverwritten(state, "damaged", refused, null))
                .as("the damaged value was removed").isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> checkNeverOverwritten(state, "damaged", accepted, "damaged"))
                .as("the write was answered as done").isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> checkNeverOverwritten(state, "damaged",
                new Attempt("an admin's change", 500, "INTERNAL_ERROR"), "damaged"))
                .as("refused, but not for the damage").isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> checkNeverOverwritten("io.plainframe.jira.wf.sig.demo", "damaged",
                new Attempt("a save of the demo wireframe", 500, "STATE_UNREADABLE"), "damaged"))
                .as("refused for another value's damage").isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> checkNeverOverwritten("io.plainframe.jira.audit.next", "damaged",
                new Attempt("an admin's change", 500, "HOST_UNAVAILABLE"), "damaged"))
                .as("a damaged audit failed a change").isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> checkNeverOverwritten("io.plainframe.jira.wf.list.10001", "damaged", null,
                "damaged")).as("no write attempted").isInstanceOf(AssertionError.class);
    }

    /**
     * The values in use: without each value's revision kept for recovery (its {@code #previous} head and that
     * revision's chunks), which is read only when an admin recovers, and checked then ({@code StateRecoveryTest},
     * {@code SandboxRecoveryTest}).
     */
    private static List<List<String>> live(List<List<String>> rows) {
        Set<String> kept = new HashSet<>();
        for (List<String> row : rows) {
            if (row.get(0).endsWith("#previous")) {
                String value = row.get(0).substring(0, row.get(0).length() - "#previous".length());
                Object revision = ((Map<?, ?>) Json.parse(row.get(1).substring("pf:".length()))).get("revision");
                kept.add(row.get(0));
                rows.stream().map(other -> other.get(0)).filter(name -> name.startsWith(value + "#" + revision + "."))
                        .forEach(kept::add);
            }
        }
        assertThat(kept).as("revisions kept for recovery").isNotEmpty();
        return rows.stream().filter(row -> !kept.contains(row.get(0))).toList();
    }

    /** Why an audit event's write is not attempted here. */
    static final String NOT_ATTEMPTED = "an audit event is replaced only when the audit's counter comes round to its "
            + "slot (SandboxDamageMatrixTest moves the counter there)";

    /** A write attempted over a damaged value, what it was and how it was answered. */
    record Attempt(String write, int status, String code) {
        /**
         * Whether this is what a write over the damaged value must be answered: refused with the damage's code
         * (an admin's change goes on over a damaged audit, its event written to the log instead).
         */
        boolean answeredAsItMustBe(String value) {
            return value.equals("audit.next") ? status == 200
                    : status == 500 && (value.equals("state") ? "STATE_UNREADABLE" : "UNREADABLE").equals(code);
        }

        @Override
        public String toString() {
            return write + " answered " + status + (code == null ? "" : " " + code);
        }
    }

    /**
     * The write that would replace a damaged value: an admin's change for the state and for the audit's counter
     * (the change's event claims a slot through the counter); a save of the demo wireframe for its own values
     * and for the wireframes' signing secret; a new wireframe on the issue for the issue's wireframe list.
     */
    private static Attempt attemptOverwrite(Http http, String value) {
        HttpResponse<String> answer;
        String write;
        if (value.equals("state") || value.equals("audit.next")) {
            write = "an admin's change";
            answer = http.post(REST + "/editors", "application/json", "{\"usernames\":[\"user13\"]}",
                    "Authorization", ADMIN);
        } else if (value.startsWith("wf.list.")) {
            write = "a new wireframe on the issue";
            answer = http.put(REST + "/wireframes/second", "{\"version\":0,\"contentId\":\""
                    + value.substring("wf.list.".length()) + "\",\"document\":{\"formatVersion\":1,\"width\":300,"
                    + "\"height\":200,\"controls\":[]}}", "Authorization", basic("user11"));
        } else if (value.startsWith("wf.")) {
            write = "a save of the demo wireframe";
            answer = http.put(REST + "/wireframes/demo", "{\"version\":2,\"document\":{\"formatVersion\":1,"
                    + "\"width\":320,\"height\":200,\"controls\":[]}}", "Authorization", basic("user11"));
        } else {
            return null;
        }
        Object code = answer.statusCode() == 200 ? null : json(answer).get("code");
        return new Attempt(write, answer.statusCode(), code == null ? null : code.toString());
    }

    /**
     * The stored text is what the damage left, whatever the write was answered; and the write was refused (an
     * admin's change goes on over a damaged audit, its event written to the log).
     */
    static void checkNeverOverwritten(String name, String damaged, Attempt attempt, String storedAfter) {
        assertThat(storedAfter).as("%s is never overwritten", name).isEqualTo(damaged);
        String value = name.substring("io.plainframe.jira.".length()).split("#")[0];
        if (attempt != null) {
            assertThat(attempt.answeredAsItMustBe(value)).as("%s: %s", name, attempt).isTrue();
        } else {
            assertThat(value).as("%s: a write is attempted over every value but an audit event's", name)
                    .matches("audit\\.\\d+");
        }
    }

    /** How the damage showed: the license answer's storage problem, or a wireframe that is UNREADABLE. */
    private static String detected(Http http, String name) throws InterruptedException {
        long until = System.nanoTime() + DETECTED_WITHIN.toNanos();
        while (System.nanoTime() < until) {
            Map<String, Object> license = json(http.get(REST + "/license", "Authorization", ADMIN));
            if (license.get("storageProblem") != null) {
                return "storageProblem: " + license.get("storageProblem");
            }
            HttpResponse<String> wireframe = http.get(REST + "/wireframes/demo", "Authorization", basic("user11"));
            if (wireframe.statusCode() == 500) {
                return "wireframe " + json(wireframe).get("code");
            }
            String issue = http.get("/browse/DEMO-1", "Authorization", basic("user45")).body();
            if (issue.contains("plainframe-unreadable")) {
                return "issue panel: " + issue.substring(issue.indexOf("plainframe-unreadable")).split("</p>")[0];
            }
            Map<String, Object> audit = json(http.get(REST + "/audit?limit=1000", "Authorization", ADMIN));
            // Counted, or the counter named: a missing field is not detection.
            if (audit.get("damaged") instanceof Long damaged && damaged > 0
                    || Boolean.TRUE.equals(audit.get("counterDamaged"))) {
                return "audit: " + audit.get("damagedMessage");
            }
            Thread.sleep(500);
        }
        return "";
    }

    /** What the admin and an editor see: the license, the editors and the wireframe's version. */
    private static String snapshot(Http http) {
        Map<String, Object> license = json(http.get(REST + "/license", "Authorization", ADMIN));
        Map<String, Object> editors = json(http.get(REST + "/editors", "Authorization", ADMIN));
        Map<String, Object> wireframe = json(http.get(REST + "/wireframes/demo", "Authorization", basic("user11")));
        return Json.write(List.of(((Map<?, ?>) license.get("governing")).get("licenseId"), editors.get("total"),
                wireframe.get("version")));
    }

    private static void awaitRecovered(Http http, String before, String name) throws InterruptedException {
        long until = System.nanoTime() + DETECTED_WITHIN.toNanos();
        String now = "";
        while (System.nanoTime() < until) {
            Map<String, Object> license = json(http.get(REST + "/license", "Authorization", ADMIN));
            if (license.get("storageProblem") == null) {
                now = snapshot(http);
                if (now.equals(before)) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        assertThat(now).as("after restoring %s, all is as before", name).isEqualTo(before);
    }

    /** One character of the value changed, in its middle (the JSON stays JSON where it can). */
    private static String tamper(String value) {
        int at = value.length() / 2;
        char c = value.charAt(at);
        char replacement = Character.isDigit(c) ? (c == '9' ? '8' : (char) (c + 1)) : c == 'x' ? 'y' : 'x';
        return value.substring(0, at) + replacement + value.substring(at + 1);
    }
}
