package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Races through the sandbox's REST API: in each, two admins add an editor each, a third removes one and a fourth
 * applies a license of another size, all at once. After every race no more editors are licensed than there are
 * seats, every acknowledged addition is there and every acknowledged removal is gone (no lost update). The
 * normal test run has 25 races; the long run is {@code ./mvnw -B -pl src/sandbox test -Dtest=SandboxRaceTest
 * -Dplainframe.races=1000}.
 */
class SandboxRaceTest {

    static final int RACES = Integer.getInteger("plainframe.races", 25);
    private static final String REST = "/rest/plainframe/1.0";
    private static final String ADMIN = basic("admin");

    @TempDir
    Path data;

    @Test
    void concurrentAssignmentsRemovalsAndLicenseChangesNeverExceedTheSeatsOrLoseAnUpdate() throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl("confluence"));
            Map<String, String> keys = SandboxHostTest.demoKeys(http);
            List<String> licenses = List.of(keys.get("demo-key-10-editors"), keys.get("demo-key-upgrade-25"));
            assertThat(put(http, "/license", Json.write(Map.of("key", licenses.get(0)))).statusCode()).isEqualTo(200);
            Random random = new Random(11);
            Set<String> expected = new HashSet<>();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            int added = 0;
            int refused = 0;
            int removed = 0;
            int licenseChanges = 0;
            int maxLicensed = 0;
            try {
                for (int race = 0; race < RACES; race++) {
                    List<String> free = new ArrayList<>();
                    for (int u = 11; u <= 40; u++) {
                        String name = String.format("user%02d", u);
                        if (!expected.contains(name)) {
                            free.add(name);
                        }
                    }
                    String first = free.remove(random.nextInt(free.size()));
                    String second = free.remove(random.nextInt(free.size()));
                    List<String> present = new ArrayList<>(expected);
                    String gone = present.isEmpty() ? null : present.get(random.nextInt(present.size()));
                    String license = licenses.get(race % 2 == 0 ? 1 : 0);
                    CountDownLatch start = new CountDownLatch(1);
                    Future<Integer> addFirst = pool.submit(() -> {
                        start.await();
                        return add(http, first);
                    });
                    Future<Integer> addSecond = pool.submit(() -> {
                        start.await();
                        return add(http, second);
                    });
                    Future<Integer> remove = pool.submit(() -> {
                        start.await();
                        return gone == null ? 0 : http.delete(REST + "/editors/" + gone, "Authorization", ADMIN)
                                .statusCode();
                    });
                    Future<Integer> relicense = pool.submit(() -> {
                        start.await();
                        return put(http, "/license", Json.write(Map.of("key", license))).statusCode();
                    });
                    start.countDown();
                    for (Map.Entry<String, Future<Integer>> addition : Map.of(first, addFirst, second, addSecond)
                            .entrySet()) {
                        int status = addition.getValue().get(60, TimeUnit.SECONDS);
                        assertThat(status).as("adding %s", addition.getKey()).isIn(200, 409);
                        if (status == 200) {
                            expected.add(addition.getKey());
                            added++;
                        } else {
                            refused++;
                        }
                    }
                    if (gone != null) {
                        assertThat(remove.get(60, TimeUnit.SECONDS)).as("removing %s", gone).isEqualTo(200);
                        expected.remove(gone);
                        removed++;
                    }
                    assertThat(relicense.get(60, TimeUnit.SECONDS)).isEqualTo(200);
                    licenseChanges++;

                    Map<String, Object> editors = json(http.get(REST + "/editors?limit=1000", "Authorization",
                            ADMIN));
                    @SuppressWarnings("unchecked")
                    Map<String, Object> seats = (Map<String, Object>) editors.get("seats");
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> list = (List<Map<String, Object>>) editors.get("editors");
                    long licensed = list.stream().filter(e -> "LICENSED".equals(e.get("state"))).count();
                    Set<String> direct = new HashSet<>();
                    list.stream().filter(e -> "DIRECT".equals(e.get("source")))
                            .forEach(e -> direct.add((String) e.get("username")));
                    assertThat(licensed).as("race %d: licensed editors within the seats", race)
                            .isLessThanOrEqualTo((Long) seats.get("limit"));
                    assertThat(direct).as("race %d: every acknowledged change, and only those", race)
                            .isEqualTo(expected);
                    maxLicensed = (int) Math.max(maxLicensed, licensed);
                }
            } finally {
                pool.shutdownNow();
            }
            System.out.printf("Races: %d; additions acknowledged %d, refused for want of seats %d; removals %d; "
                    + "license changes %d; most licensed at once %d; seats never exceeded, no update lost%n",
                    RACES, added, refused, removed, licenseChanges, maxLicensed);
            assertThat(refused).as("the races reached the seat limit").isPositive();
        }
    }

    private static int add(Http http, String username) {
        return http.post(REST + "/editors", "application/json", Json.write(Map.of("usernames", List.of(username))),
                "Authorization", ADMIN).statusCode();
    }

    private static HttpResponse<String> put(Http http, String path, String body) {
        return http.put(REST + path, body, "Authorization", ADMIN);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> response) {
        return (Map<String, Object>) Json.parse(response.body());
    }
}
