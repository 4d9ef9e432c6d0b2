package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import io.plainframe.licensing.key.Product;
import io.plainframe.sandbox.web.DemoKeysPage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the admin page's editors section costs at 100 editors and at many: the first page, a page in the middle, a
 * search and a state filter, each the median of repeated requests to the sandbox. Printed, not asserted (timing
 * targets live in the benchmarks and RELIABILITY.md); the totals are checked. The normal test run compares 100
 * with 1,000 editors; the long run is {@code ./mvnw -B -pl src/sandbox test -Dtest=EditorsScaleTest
 * -Dplainframe.scale.editors=10000}.
 */
class EditorsScaleTest {

    static final int MANY = Integer.getInteger("plainframe.scale.editors", 1_000);
    private static final int REPEAT = Integer.getInteger("plainframe.scale.repeat", 31);
    private static final String REST = "/rest/plainframe/1.0";

    @TempDir
    Path data;

    @Test
    void theEditorsSectionAtManyEditorsAgainstAHundred() throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            insertUsers(sandbox, MANY);
            Http http = new Http(sandbox.baseUrl("jira"));
            String evaluation = DemoKeysPage.demos(Product.JIRA, LocalDate.now(), Clock.systemUTC()).stream()
                    .filter(demo -> demo.id().equals("demo-key-evaluation")).findFirst().orElseThrow().key();
            assertThat(http.put(REST + "/license", Json.write(Map.of("key", evaluation)), "Authorization",
                    basic("admin")).statusCode()).isEqualTo(200);
            // The editors group's members hold seats from the start: counted as the stored roster has them.
            int group = total(http);
            add(http, 1, 100);
            measure(http, group + 100); // warm-up: the first requests pay for class loading and JIT
            Map<String, Double> few = measure(http, group + 100);
            add(http, 101, MANY);
            Map<String, Double> many = measure(http, group + MANY);
            StringBuilder report = new StringBuilder();
            few.forEach((what, ms) -> report.append(String.format("%s %.1f ms -> %.1f ms (%.2fx); ", what, ms,
                    many.get(what), many.get(what) / ms)));
            System.out.printf("Editors section, 100 -> %,d editors (median of %d): %s%n", MANY, REPEAT, report);
        }
    }

    private static Map<String, Double> measure(Http http, int editors) {
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("first page", "/editors?limit=50");
        requests.put("middle page", "/editors?limit=50&start=" + (editors / 2));
        requests.put("search", "/editors?limit=50&query=bulk00042");
        requests.put("state filter", "/editors?limit=50&state=LICENSED");
        Map<String, Double> medians = new LinkedHashMap<>();
        for (Map.Entry<String, String> request : requests.entrySet()) {
            long[] took = new long[REPEAT];
            for (int i = 0; i < REPEAT; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = http.get(REST + request.getValue(), "Authorization", basic("admin"));
                took[i] = System.nanoTime() - start;
                assertThat(response.statusCode()).isEqualTo(200);
                if (request.getKey().equals("first page")) {
                    assertThat(Json.parse(response.body()).toString()).contains("total=" + editors);
                }
            }
            Arrays.sort(took);
            medians.put(request.getKey(), took[REPEAT / 2] / 1e6);
        }
        return medians;
    }

    /** How many editors the roster holds, as the editors section counts them. */
    private static int total(Http http) {
        HttpResponse<String> response = http.get(REST + "/editors?limit=1", "Authorization", basic("admin"));
        assertThat(response.statusCode()).isEqualTo(200);
        return ((Long) Http.json(response).get("total")).intValue();
    }

    static void add(Http http, int from, int to) {
        List<String> usernames = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            usernames.add(String.format("bulk%05d", i));
        }
        assertThat(http.post(REST + "/editors", "application/json", Json.write(Map.of("usernames", usernames)),
                "Authorization", basic("admin")).statusCode()).isEqualTo(200);
    }

    /** Jira users {@code bulk00001}… straight into the sandbox's directory, in one batch. */
    static void insertUsers(Sandbox sandbox, int count) throws Exception {
        try (Connection connection = sandbox.database().connection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO users VALUES ('jira', ?, ?, ?, ?, TRUE, FALSE)")) {
            for (int i = 1; i <= count; i++) {
                String name = String.format("bulk%05d", i);
                insert.setString(1, "key-" + name);
                insert.setString(2, name);
                insert.setString(3, String.format("Bulk User %05d", i));
                insert.setString(4, name + "@example.com");
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
