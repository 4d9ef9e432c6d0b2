package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import java.net.http.HttpResponse;
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

/**
 * Races through the REST API of one product on one node or several: in each, two admins add an editor each, a
 * third removes one and a fourth applies a license of another size (10 and 25 seats in turn), all at once, the
 * requests spread over the nodes. After every race, every node answers that no more editors are licensed than
 * the license last applied has seats, that every acknowledged addition is there and every acknowledged removal is
 * gone (no lost update).
 */
final class EditorRaces {

    private static final String REST = "/rest/plainframe/1.0";
    private static final String ADMIN = basic("admin");

    /** What the races did. */
    record Result(int races, int added, int refused, int removed, int maxLicensed) {
    }

    private EditorRaces() {
    }

    static Result run(List<Http> nodes, int races, long seed) throws Exception {
        Map<String, String> keys = SandboxHostTest.demoKeys(nodes.get(0));
        List<String> licenses = List.of(keys.get("demo-key-10-editors"), keys.get("demo-key-upgrade-25"));
        assertThat(license(nodes.get(0), licenses.get(0))).isEqualTo(200);
        Random random = new Random(seed);
        Set<String> expected = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        int added = 0;
        int refused = 0;
        int removed = 0;
        int maxLicensed = 0;
        try {
            for (int race = 0; race < races; race++) {
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
                Http one = nodes.get(race % nodes.size());
                Http other = nodes.get((race + 1) % nodes.size());
                long seats = race % 2 == 0 ? 25 : 10;
                CountDownLatch start = new CountDownLatch(1);
                Future<Integer> addFirst = pool.submit(() -> {
                    start.await();
                    return add(one, first);
                });
                Future<Integer> addSecond = pool.submit(() -> {
                    start.await();
                    return add(other, second);
                });
                Future<Integer> remove = pool.submit(() -> {
                    start.await();
                    return gone == null ? 0 : other.delete(REST + "/editors/" + gone, "Authorization", ADMIN)
                            .statusCode();
                });
                Future<Integer> relicense = pool.submit(() -> {
                    start.await();
                    return license(one, licenses.get(seats == 25 ? 1 : 0));
                });
                start.countDown();
                for (Map.Entry<String, Future<Integer>> addition : Map.of(first, addFirst, second, addSecond)
                        .entrySet()) {
                    int status = addition.getValue().get(60, TimeUnit.SECONDS);
                    assertThat(status).as("race %d: adding %s", race, addition.getKey()).isIn(200, 409);
                    if (status == 200) {
                        expected.add(addition.getKey());
                        added++;
                    } else {
                        refused++;
                    }
                }
                if (gone != null) {
                    assertThat(remove.get(60, TimeUnit.SECONDS)).as("race %d: removing %s", race, gone)
                            .isEqualTo(200);
                    expected.remove(gone);
                    removed++;
                }
                assertThat(relicense.get(60, TimeUnit.SECONDS)).isEqualTo(200);
                for (Http node : nodes) {
                    maxLicensed = Math.max(maxLicensed, check(node, race, seats, expected));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(refused).as("the races reached the seat limit").isPositive();
        return new Result(races, added, refused, removed, maxLicensed);
    }

    /** Checks one node's answer after a race; returns how many editors it has licensed. */
    private static int check(Http node, int race, long seats, Set<String> expected) {
        Map<String, Object> editors = Http.json(node.get(REST + "/editors?limit=1000", "Authorization", ADMIN));
        @SuppressWarnings("unchecked")
        Map<String, Object> seatMeter = (Map<String, Object>) editors.get("seats");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) editors.get("editors");
        long licensed = list.stream().filter(e -> "LICENSED".equals(e.get("state"))).count();
        Set<String> direct = new HashSet<>();
        list.stream().filter(e -> "DIRECT".equals(e.get("source")))
                .forEach(e -> direct.add((String) e.get("username")));
        assertThat(seatMeter.get("limit")).as("race %d: the license applied last", race).isEqualTo(seats);
        assertThat(licensed).as("race %d: licensed editors within the seats", race).isLessThanOrEqualTo(seats);
        assertThat(direct).as("race %d: every acknowledged change, and only those, on every node", race)
                .isEqualTo(expected);
        return (int) licensed;
    }

    private static int add(Http node, String username) {
        return node.post(REST + "/editors", "application/json", Json.write(Map.of("usernames", List.of(username))),
                "Authorization", ADMIN).statusCode();
    }

    private static int license(Http node, String key) {
        // The races switch between the 10- and 25-editor keys on purpose: the admin accepts the smaller one's losses.
        HttpResponse<String> response = node.put(REST + "/license",
                Json.write(Map.of("key", key, "acceptLosses", true)), "Authorization", ADMIN);
        return response.statusCode();
    }
}
