package io.plainframe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty admins' changes at the same moment, through the REST API of both products: the audit lists every one,
 * newest first (a change stamps its events before it claims its audit slots, so slot order alone was not time
 * order for about one pair in ten).
 */
class SandboxAuditOrderTest {

    private static final String REST = "/rest/plainframe/1.0";
    private static final String ADMIN = Http.basic("admin");

    @TempDir
    Path data;

    @Test
    void changesMadeAtTheSameMomentAreAuditedNewestFirstInBothProducts() throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            for (String product : List.of("confluence", "jira")) {
                Http http = new Http(sandbox.baseUrl(product));
                String key = SandboxHostTest.demoKeys(http).get("demo-key-upgrade-25");
                assertThat(http.put(REST + "/license", Json.write(Map.of("key", key)), "Authorization", ADMIN)
                        .statusCode()).isEqualTo(200);
                addTwentyEditorsAtOnce(http);
                List<Instant> times = auditTimes(http);
                assertThat(times).as("%s: one event per addition, and the license", product).hasSizeGreaterThan(20);
                assertThat(times).as("%s: newest first", product).isSortedAccordingTo(Comparator.reverseOrder());
            }
        }
    }

    private static void addTwentyEditorsAtOnce(Http http) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int u = 11; u <= 30; u++) {
                String username = "user" + u;
                answers.add(pool.submit(() -> {
                    start.await();
                    return http.post(REST + "/editors", "application/json",
                            Json.write(Map.of("usernames", List.of(username))), "Authorization", ADMIN).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).as("each addition is made").isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Instant> auditTimes(Http http) {
        HttpResponse<String> audit = http.get(REST + "/audit?limit=200", "Authorization", ADMIN);
        assertThat(audit.statusCode()).isEqualTo(200);
        List<Instant> times = new ArrayList<>();
        for (Object event : (List<Object>) Http.json(audit).get("events")) {
            times.add(Instant.parse((String) ((Map<String, Object>) event).get("at")));
        }
        return times;
    }
}
