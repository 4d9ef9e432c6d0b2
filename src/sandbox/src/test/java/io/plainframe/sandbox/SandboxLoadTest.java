package io.plainframe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load run against the sandbox on localhost: signed-in users (each with its own session) read their
 * status and view the demo wireframe, through REST and the rendered demo page, in both products at once. No
 * request may fail (a kept control plants failing requests and watches the check fail); p50 and p99 per kind
 * of request are printed. The normal test run is 10 users for 3 s; the
 * long run is {@code ./mvnw -B -pl src/sandbox test -Dtest=SandboxLoadTest -Dplainframe.load.users=50
 * -Dplainframe.load.seconds=60}.
 */
class SandboxLoadTest {

    static final int USERS = Integer.getInteger("plainframe.load.users", 10);
    static final int SECONDS = Integer.getInteger("plainframe.load.seconds", 3);
    private static final String REST = "/rest/plainframe/1.0";

    @TempDir
    Path data;

    @Test
    void usersReadingStatusAndViewingWireframesGetNoErrors() throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Run run = run(sandbox, USERS, SECONDS, "demo");
            System.out.printf("Load: %d users, %d s, %,d requests, %,.0f requests/s, errors %s; %s%n", USERS,
                    SECONDS, run.total(), run.total() / (double) SECONDS, run.errors(), run.report());
            check(run, USERS);
        }
    }

    @Test
    void aRunWhoseWireframeRequestsFailIsCaughtByTheCheck() throws Exception {
        // The planted fault: every wireframe request names one that is not there, so each is answered 404.
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Run run = run(sandbox, 2, 2, "no-such-wireframe");
            assertThat(run.errors()).containsKeys("wireframe 404");
            assertThatThrownBy(() -> check(run, 2)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("failed requests");
        }
    }

    /** What a run got: failed requests by kind and answer, requests made, and percentiles by kind. */
    record Run(Map<String, Integer> errors, long total, Map<String, String> report) {
    }

    static void check(Run run, int users) {
        assertThat(run.errors()).as("failed requests").isEmpty();
        assertThat(run.total()).isGreaterThan(users * 3L);
    }

    private static Run run(Sandbox sandbox, int userCount, int seconds, String wireframeId) throws Exception {
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(userCount);
        CountDownLatch ready = new CountDownLatch(userCount);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[1];
        List<Future<?>> users = new ArrayList<>();
        for (int u = 0; u < userCount; u++) {
            String product = u % 2 == 0 ? "confluence" : "jira";
            String username = String.format("user%02d", 1 + u % 50);
            users.add(pool.submit(() -> {
                Http http = new Http(sandbox.baseUrl(product));
                assertThat(http.logIn(username, username).statusCode()).isEqualTo(302);
                String contentId = "confluence".equals(product) ? "1001" : "DEMO-1";
                String page = "confluence".equals(product) ? "/display/DEMO/Demo+Page" : "/browse/DEMO-1";
                ready.countDown();
                go.await();
                long end = window[0];
                int i = 0;
                while (System.nanoTime() < end) {
                    String kind = switch (i++ % 3) {
                        case 0 -> "wireframe";
                        case 1 -> "status";
                        default -> "page";
                    };
                    long start = System.nanoTime();
                    HttpResponse<String> response = http.get(switch (kind) {
                        case "status" -> REST + "/status?contentId=" + contentId;
                        case "wireframe" -> REST + "/wireframes/" + wireframeId;
                        default -> page;
                    });
                    long took = System.nanoTime() - start;
                    boolean ok = response.statusCode() == 200 && (!kind.equals("page")
                            || response.body().contains("data-wireframe-id=\"demo\""));
                    if (!ok) {
                        errors.computeIfAbsent(kind + " " + response.statusCode(), k -> new AtomicInteger())
                                .incrementAndGet();
                    }
                    latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
                            .add(took);
                }
                return i;
            }));
        }
        // Everyone signed in first; then all start together.
        assertThat(ready.await(120, TimeUnit.SECONDS)).isTrue();
        window[0] = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        go.countDown();
        for (Future<?> user : users) {
            user.get(seconds + 120L, TimeUnit.SECONDS);
        }
        pool.shutdown();
        Map<String, String> report = new TreeMap<>();
        long total = 0;
        for (Map.Entry<String, List<Long>> kind : latencies.entrySet()) {
            long[] sorted = kind.getValue().stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            total += sorted.length;
            report.put(kind.getKey(), String.format("%,d requests, p50 %.1f ms, p99 %.1f ms", sorted.length,
                    percentile(sorted, 50), percentile(sorted, 99)));
        }
        Map<String, Integer> failed = new TreeMap<>();
        errors.forEach((kind, count) -> failed.put(kind, count.get()));
        return new Run(failed, total, report);
    }

    private static double percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
