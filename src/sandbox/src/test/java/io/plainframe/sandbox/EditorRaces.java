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
 * third removes one and, after the first half, a fourth applies a license of another size (10 and 25 seats in
 * turn), all at once, the requests spread over the nodes. After every race, every node answers from what it
 * stored: no more editors licensed than the license last applied has seats; the editors who hold or wait for a
 * seat (the direct set and the group's members) never more than the largest license in force during the race
 * (10 in the first half, at a constant license, 25 after); every acknowledged addition there and every
 * acknowledged removal gone (no lost update); and every refused addition refused for want of seats
 * ({@code NO_FREE_SEATS}), never for another reason.
 */
final class EditorRaces {

    private static final String REST = "/rest/plainframe/1.0";
    private static final String ADMIN = basic("admin");

    /** What the races did, and the most editors one node answered were licensed, or held or waited for a seat. */
    record Result(int races, int added, int refused, int removed, int maxLicensed, int maxHolders) {
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
        int maxHolders = 0;
        int constantRaces = races / 2;
        try {
            for (int race = 0; race < races; race++) {
                boolean constant = race < constantRaces;
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
                long seats = constant || race % 2 == 1 ? 10 : 25;
                long bound = constant ? 10 : 25;
                CountDownLatch start = new CountDownLatch(1);
                Future<HttpResponse<String>> addFirst = pool.submit(() -> {
                    start.await();
                    return add(one, first);
                });
                Future<HttpResponse<String>> addSecond = pool.submit(() -> {
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
                    return constant ? 200 : license(one, licenses.get(seats == 25 ? 1 : 0));
                });
                start.countDown();
                for (Map.Entry<String, Future<HttpResponse<String>>> addition : Map.of(first, addFirst, second,
                        addSecond).entrySet()) {
                    HttpResponse<String> answer = addition.getValue().get(60, TimeUnit.SECONDS);
                    int status = refusal(answer.statusCode(), answer.body(), race, addition.getKey());
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
                    int[] counts = check(editors(node), race, seats, bound, expected);
                    maxLicensed = Math.max(maxLicensed, counts[0]);
                    maxHolders = Math.max(maxHolders, counts[1]);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(refused).as("the races reached the seat limit").isPositive();
        return new Result(races, added, refused, removed, maxLicensed, maxHolders);
    }

    static Map<String, Object> editors(Http node) {
        return Http.json(node.get(REST + "/editors?limit=1000", "Authorization", ADMIN));
    }

    /** An addition's status: 200, or 409 only for want of seats. */
    @SuppressWarnings("unchecked")
    static int refusal(int status, String body, int race, String username) {
        assertThat(status).as("race %d: adding %s", race, username).isIn(200, 409);
        if (status == 409) {
            assertThat(((Map<String, Object>) Json.parse(body)).get("code"))
                    .as("race %d: why adding %s was refused", race, username).isEqualTo("NO_FREE_SEATS");
        }
        return status;
    }

    /**
     * Checks one node's answer to GET /editors after a race; returns how many editors it has licensed and how many
     * hold or wait for a seat (direct or through the group).
     */
    static int[] check(Map<String, Object> editors, int race, long seats, long bound, Set<String> expected) {
        @SuppressWarnings("unchecked")
        Map<String, Object> seatMeter = (Map<String, Object>) editors.get("seats");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) editors.get("editors");
        long licensed = list.stream().filter(e -> "LICENSED".equals(e.get("state"))).count();
        Set<String> direct = new HashSet<>();
        Set<String> holders = new HashSet<>();
        for (Map<String, Object> editor : list) {
            if ("DIRECT".equals(editor.get("source"))) {
                direct.add((String) editor.get("username"));
            }
            holders.add((String) editor.get("username"));
        }
        assertThat(seatMeter.get("limit")).as("race %d: the license applied last", race).isEqualTo(seats);
        assertThat(licensed).as("race %d: licensed editors within the seats", race).isLessThanOrEqualTo(seats);
        assertThat(holders).as("race %d: editors holding or waiting for a seat, at most the largest license", race)
                .hasSizeLessThanOrEqualTo((int) bound);
        assertThat(direct).as("race %d: every acknowledged change, and only those, on every node", race)
                .isEqualTo(expected);
        return new int[] {(int) licensed, holders.size()};
    }

    private static HttpResponse<String> add(Http node, String username) {
        return node.post(REST + "/editors", "application/json", Json.write(Map.of("usernames", List.of(username))),
                "Authorization", ADMIN);
    }

    private static int license(Http node, String key) {
        // The races switch between the 10- and 25-editor keys on purpose: the admin accepts the smaller one's losses.
        HttpResponse<String> response = node.put(REST + "/license",
                Json.write(Map.of("key", key, "acceptLosses", true)), "Authorization", ADMIN);
        return response.statusCode();
    }
}
