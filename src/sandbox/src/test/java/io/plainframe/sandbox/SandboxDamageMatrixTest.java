package io.plainframe.sandbox;

import static io.plainframe.sandbox.DamageChecks.checkCounterShown;
import static io.plainframe.sandbox.DamageChecks.checkNeverOverwritten;
import static io.plainframe.sandbox.DamageChecks.checkSlotShown;
import static io.plainframe.sandbox.DamageChecks.checkStateShown;
import static io.plainframe.sandbox.DamageChecks.checkWriteAnswered;
import static io.plainframe.sandbox.Http.basic;
import static io.plainframe.sandbox.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.host.ClusterLocks;
import io.plainframe.licensing.host.KeyValueStore;
import io.plainframe.licensing.json.Json;
import io.plainframe.licensing.store.ChunkedSettingsStore;
import io.plainframe.licensing.store.StoredAuditLog;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every field of every stored value Plainframe keeps in Jira's plugin settings, damaged in several ways (each field
 * of a value's head, the head cut short or emptied, a chunk cut short, emptied, changed at either end, missing or
 * taken from another revision, and an older good value put back), through the sandbox's database (issue 17, item
 * 3). After each, the damage must show where an admin looks, with a message that is true; then the write that
 * would replace the damaged value is attempted (an admin's change: for an audit slot, with the audit's counter
 * moved so that the change's event claims that very slot), and the stored text must be unchanged.
 */
class SandboxDamageMatrixTest {

    private static final String REST = "/rest/plainframe/1.0";
    private static final String ADMIN = basic("admin");
    private static final String PREFIX = "io.plainframe.jira.";
    private static final Duration WITHIN = Duration.ofSeconds(15);
    private static final String OLDER = "the revision before put back as the head";

    @TempDir
    Path data;

    @Test
    void everyFieldOfEveryStoredValueDamagedInSeveralWaysIsReportedTruthfullyAndNeverOverwritten() throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl("jira"));
            Database database = sandbox.database();
            String key = SandboxHostTest.demoKeys(http).get("demo-key-10-editors");
            assertThat(http.put(REST + "/license", Json.write(Map.of("key", key)), "Authorization", ADMIN)
                    .statusCode()).isEqualTo(200);
            for (String user : List.of("user11", "user12")) {
                assertThat(http.post(REST + "/editors", "application/json", "{\"usernames\":[\"" + user + "\"]}",
                        "Authorization", ADMIN).statusCode()).isEqualTo(200);
            }
            Map<String, String> good = JiraSettings.all(database);
            String before = snapshot(http);
            int auditEvents = auditEvents(http).size();
            List<String> report = new ArrayList<>();
            int cases = 0;
            for (Map.Entry<String, String> row : good.entrySet()) {
                String name = row.getKey();
                if (!inScope(name, good)) {
                    continue;
                }
                for (Map.Entry<String, UnaryOperator<String>> damage : damages(name, good).entrySet()) {
                    String damaged = damage.getValue().apply(row.getValue());
                    JiraSettings.write(database, name, damaged);
                    String value = valueOf(name);
                    if (damage.getKey().equals(OLDER)) {
                        report.add(name + " / " + damage.getKey() + ": " + olderGoodValue(http, database, value));
                        JiraSettings.restore(database, good);
                        awaitRecovered(http, before, name + " / " + damage.getKey());
                        cases++;
                        continue;
                    }
                    String shown = value.equals("state") ? stateDamage(http, name)
                            : value.equals("audit.next") ? counterDamage(http, name)
                            : slotDamage(http, name, auditEvents);
                    String answered = attemptOverwrite(http, database, value, good);
                    checkNeverOverwritten(name + ", " + damage.getKey(), damaged, database.text(
                            "SELECT v FROM plugin_settings WHERE host = 'jira' AND k = ?", name).orElse(null));
                    report.add(name + " / " + damage.getKey() + ": " + shown + "; the write " + answered);
                    JiraSettings.restore(database, good);
                    awaitRecovered(http, before, name + " / " + damage.getKey());
                    cases++;
                }
            }
            assertThat(cases).as("cases run").isGreaterThan(40);
            System.out.printf("Damage matrix: %d cases, each shown truthfully and never overwritten:%n%s%n", cases,
                    String.join("\n", report));
        }
    }

    @Test
    void theChecksFailOnWhatEachDamageBugWouldGive() {
        List<Object> two = List.of("e1", "e2");
        checkNeverOverwritten("state", "damaged", "damaged");
        checkStateShown("state", "stored value 'state' is damaged: its text does not match its checksum");
        checkCounterShown("audit.next", Map.of("counterDamaged", true, "events", List.of(),
                "damagedMessage", "The audit cannot be listed; changes are still made and written to the server log."));
        checkSlotShown("audit.0", Map.of("damaged", 1L, "events", two), 3);
        checkWriteAnswered("state", 500, "STATE_UNREADABLE");
        checkWriteAnswered("audit.0", 200, null);
        List<Runnable> bugs = List.of(
                () -> checkNeverOverwritten("state", "damaged", "repaired"),
                () -> checkNeverOverwritten("state", "damaged", null),
                () -> checkStateShown("state", null),
                () -> checkStateShown("state", "stored value 'audit.next' is damaged"),
                () -> checkStateShown("state", "stored value 'state' is damaged: "),
                // The defect issue 17 found: a damaged counter said the rest of the audit was intact.
                () -> checkCounterShown("audit.next", Map.of("counterDamaged", true, "events", List.of(),
                        "damagedMessage", "1 stored audit event is damaged; the rest of the audit is intact.")),
                () -> checkCounterShown("audit.next", Map.of("counterDamaged", false, "events", List.of(),
                        "damagedMessage", "written to the server log")),
                () -> checkCounterShown("audit.next", Map.of("counterDamaged", true, "events", two,
                        "damagedMessage", "written to the server log")),
                () -> checkSlotShown("audit.0", Map.of("events", two), 3),
                () -> checkSlotShown("audit.0", Map.of("damaged", 0L, "events", two), 3),
                () -> checkSlotShown("audit.0", Map.of("damaged", 1L, "events", List.of("e1")), 3),
                () -> checkSlotShown("audit.0", Map.of("damaged", 1L, "events", List.of("e1", "e2", "e3")), 3),
                () -> checkWriteAnswered("state", 200, null),
                () -> checkWriteAnswered("state", 500, "HOST_UNAVAILABLE"),
                () -> checkWriteAnswered("audit.next", 500, "STATE_UNREADABLE"));
        for (int i = 0; i < bugs.size(); i++) {
            assertThatThrownBy(bugs.get(i)::run).as("planted bug %d", i).isInstanceOf(AssertionError.class);
        }
    }

    /** The value a setting belongs to: {@code state}, {@code audit.next}, {@code audit.7}. */
    private static String valueOf(String name) {
        return name.substring(PREFIX.length()).split("#")[0];
    }

    /**
     * The state, the audit's counter and its oldest and newest slots, each with its head and its chunks; not the
     * revisions kept for recovery (read only when an admin recovers: SandboxRecoveryTest damages them).
     */
    private static boolean inScope(String name, Map<String, String> good) {
        if (name.endsWith("#previous") || !isHead(name) && !isCurrentChunk(name, good)) {
            return false;
        }
        String value = valueOf(name);
        List<String> slots = good.keySet().stream().filter(k -> isHead(k) && valueOf(k).matches("audit\\.\\d+"))
                .map(SandboxDamageMatrixTest::valueOf).toList();
        return value.equals("state") || value.equals("audit.next") || value.equals(slots.get(0))
                || value.equals(slots.get(slots.size() - 1));
    }

    private static boolean isHead(String name) {
        return !name.contains("#");
    }

    private static boolean isCurrentChunk(String name, Map<String, String> good) {
        String head = good.get(name.split("#")[0]);
        return head != null && name.split("#")[1].startsWith(revision(head) + ".");
    }

    private static long revision(String head) {
        return (Long) ((Map<?, ?>) Json.parse(head.substring("pf:".length()))).get("revision");
    }

    /** The ways a head or a chunk is damaged, by name. */
    private static Map<String, UnaryOperator<String>> damages(String name, Map<String, String> good) {
        Map<String, UnaryOperator<String>> damages = new LinkedHashMap<>();
        if (isHead(name)) {
            for (String field : List.of("schema", "revision", "chunks", "length", "sha256")) {
                damages.put("head field " + field + " changed", head -> headWith(head, field));
            }
            damages.put("head cut short", head -> head.substring(0, head.length() / 2));
            damages.put("head emptied", head -> "");
            String previous = good.get(name + "#previous");
            if (previous != null) {
                damages.put(OLDER, head -> previous);
            }
        } else {
            damages.put("chunk cut short", chunk -> chunk.substring(0, chunk.length() / 2));
            damages.put("chunk emptied", chunk -> "");
            damages.put("chunk's first character changed", chunk -> other(chunk.charAt(0)) + chunk.substring(1));
            damages.put("chunk's last character changed", chunk -> chunk.substring(0, chunk.length() - 1)
                    + other(chunk.charAt(chunk.length() - 1)));
            damages.put("chunk missing", chunk -> null);
            String head = name.split("#")[0];
            String index = name.substring(name.lastIndexOf('.') + 1);
            String previous = good.get(head + "#previous");
            String older = previous == null ? null : good.get(head + "#" + revision(previous) + "." + index);
            if (older != null && !older.equals(good.get(name))) {
                damages.put("chunk from another revision", chunk -> older);
            }
        }
        return damages;
    }

    private static String headWith(String head, String field) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json = new LinkedHashMap<>((Map<String, Object>) Json.parse(head.substring(3)));
        Object was = json.get(field);
        json.put(field, was instanceof Long number ? number + 1 : flip((String) was));
        return "pf:" + Json.write(json);
    }

    private static String flip(String text) {
        return other(text.charAt(0)) + text.substring(1);
    }

    private static char other(char c) {
        return c == 'a' ? 'b' : c == '0' ? '1' : Character.isDigit(c) ? '0' : 'a';
    }

    /**
     * The head of the revision before put back (a database restored to an earlier point) is not damage: it reads
     * as that revision, whole, and nothing can tell it from a node that stopped after keeping the previous head
     * and before writing the new one (whose next write must go on). No damage is reported, and a change made on
     * it stores a value that reads back whole.
     */
    private static String olderGoodValue(Http http, Database database, String value) throws InterruptedException {
        Thread.sleep(1_500);
        assertThat(json(http.get(REST + "/license", "Authorization", ADMIN)).get("storageProblem"))
                .as("%s: an older good value is not reported as damage", value).isNull();
        HttpResponse<String> answer = http.post(REST + "/editors", "application/json",
                "{\"usernames\":[\"user13\"]}", "Authorization", ADMIN);
        assertThat(answer.statusCode()).as("%s: a change goes on from it", value).isEqualTo(200);
        ChunkedSettingsStore store = new ChunkedSettingsStore(settingsOf(database), locks(), PREFIX);
        assertThat(store.read(value)).as("%s: what the change stored reads back whole", value).isPresent();
        return "read as that revision, no damage reported; a change answered 200 and stored a whole value";
    }

    /** What the admin sees: the license and how many editors. */
    private static String snapshot(Http http) {
        Map<String, Object> license = json(http.get(REST + "/license", "Authorization", ADMIN));
        Map<String, Object> editors = json(http.get(REST + "/editors", "Authorization", ADMIN));
        return Json.write(List.of(((Map<?, ?>) license.get("governing")).get("licenseId"), editors.get("total")));
    }

    /** The state: the license answer names the damage, and an admin's change is refused STATE_UNREADABLE. */
    private static String stateDamage(Http http, String name) throws InterruptedException {
        String problem = await(name + ": the license answer names the damage", () -> {
            Object found = json(http.get(REST + "/license", "Authorization", ADMIN)).get("storageProblem");
            return found == null ? null : found.toString();
        });
        checkStateShown(name, problem);
        return "storageProblem \"" + problem + "\"";
    }

    /** The audit's counter: no event can be listed, and the audit says so (not that the rest is intact). */
    private static String counterDamage(Http http, String name) throws InterruptedException {
        Map<String, Object> audit = awaitAudit(http, name, answer -> answer.get("counterDamaged") != null);
        checkCounterShown(name, audit);
        return "audit \"" + audit.get("damagedMessage") + "\"";
    }

    /** An audit slot: its event is missing, counted as damaged, and every other event is still listed. */
    private static String slotDamage(Http http, String name, int events) throws InterruptedException {
        Map<String, Object> audit = awaitAudit(http, name, answer -> answer.get("damaged") instanceof Long damaged
                && damaged > 0);
        checkSlotShown(name, audit, events);
        return "audit \"" + audit.get("damagedMessage") + "\"";
    }

    /**
     * The write that would replace the damaged value: an admin's change. For an audit slot, the counter is first
     * moved (a good write through Plainframe's own store) so that the change's first event claims that slot.
     */
    private static String attemptOverwrite(Http http, Database database, String value, Map<String, String> good) {
        if (value.matches("audit\\.\\d+")) {
            long slot = Long.parseLong(value.substring("audit.".length()));
            ChunkedSettingsStore store = new ChunkedSettingsStore(settingsOf(database), locks(), PREFIX);
            long revision = store.read("audit.next").orElseThrow().revision();
            store.compareAndSet("audit.next", revision, Long.toString(slot + StoredAuditLog.CAPACITY));
        }
        HttpResponse<String> answer = http.post(REST + "/editors", "application/json",
                "{\"usernames\":[\"user13\"]}", "Authorization", ADMIN);
        checkWriteAnswered(value, answer.statusCode(), answer.statusCode() == 200 ? null : json(answer).get("code"));
        return "answered " + answer.statusCode() + (answer.statusCode() == 200 ? "" : " " + json(answer).get("code"));
    }

    private static Map<String, Object> awaitAudit(Http http, String name,
            java.util.function.Predicate<Map<String, Object>> shows) throws InterruptedException {
        Map<String, Object>[] last = new Map[1];
        await(name + ": the audit shows the damage", () -> {
            last[0] = json(http.get(REST + "/audit?limit=1000", "Authorization", ADMIN));
            return shows.test(last[0]) ? "shown" : null;
        });
        return last[0];
    }

    @SuppressWarnings("unchecked")
    private static List<Object> auditEvents(Http http) {
        return (List<Object>) json(http.get(REST + "/audit?limit=1000", "Authorization", ADMIN)).get("events");
    }

    private static String await(String what, Supplier<String> probe) throws InterruptedException {
        long until = System.nanoTime() + WITHIN.toNanos();
        while (System.nanoTime() < until) {
            String found = probe.get();
            if (found != null) {
                return found;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(what + " within " + WITHIN.toSeconds() + " s");
    }

    private static void awaitRecovered(Http http, String before, String what) throws InterruptedException {
        long until = System.nanoTime() + WITHIN.toNanos();
        String now = "";
        while (System.nanoTime() < until) {
            Map<String, Object> license = json(http.get(REST + "/license", "Authorization", ADMIN));
            if (license.get("storageProblem") == null) {
                now = snapshot(http);
                if (now.equals(before)) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        assertThat(now).as("after restoring %s, all is as before", what).isEqualTo(before);
    }

    private static KeyValueStore settingsOf(Database database) {
        return new KeyValueStore() {
            @Override
            public String get(String key) {
                try {
                    return database.text("SELECT v FROM plugin_settings WHERE host = 'jira' AND k = ?", key)
                            .orElse(null);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void put(String key, String value) {
                try {
                    JiraSettings.write(database, key, value);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void remove(String key) {
                put(key, null);
            }
        };
    }

    private static ClusterLocks locks() {
        return new ClusterLocks() {
            @Override
            public <T> T locked(String name, Supplier<T> action) {
                return action.get();
            }
        };
    }
}
