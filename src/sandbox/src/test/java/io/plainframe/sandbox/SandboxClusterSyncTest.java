package io.plainframe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 3: the periodic directory sync is a job of the host's atlassian-scheduler that runs once per
 * interval across the cluster, not once per node. Two sandbox nodes share one database; their scheduler runs a
 * minute in a second ({@code plainframe.sandbox.scheduler.speedup=60}). The sync's runs are counted over five
 * intervals, and a membership written straight into the directory (no event) is seen through it. The negative
 * control runs the same job on every node, as the plugin's own executor did.
 */
class SandboxClusterSyncTest {

    private static final String REST = "/rest/plainframe/1.0";
    private static final String ADMIN = Http.basic("admin");
    private static final String JOB = "io.plainframe.confluence.directory-sync";
    private static final long INTERVALS = 5;
    private static final long INTERVAL_MILLIS = 60_000 / 60;

    @TempDir
    Path data;

    @AfterEach
    void clearSeams() {
        System.clearProperty("plainframe.sandbox.scheduler.speedup");
        System.clearProperty("plainframe.sandbox.scheduler.perNode");
    }

    @Test
    void theDirectorySyncRunsOncePerIntervalAcrossTheClusterAndSyncs() throws Exception {
        System.setProperty("plainframe.sandbox.scheduler.speedup", "60");
        try (Sandbox nodeA = new Sandbox(0, data, true, true); Sandbox nodeB = new Sandbox(0, data, false, true)) {
            Http http = new Http(nodeA.baseUrl("confluence"));
            String key = SandboxHostTest.demoKeys(http).get("demo-key-10-editors");
            assertThat(http.put(REST + "/license", Json.write(Map.of("key", key)), "Authorization", ADMIN)
                    .statusCode()).isEqualTo(200);
            long runs = runsOver(nodeA);
            System.out.printf("Directory sync: %d runs in %d intervals on two nodes%n", runs, INTERVALS);
            assertThat(runs).as("once per interval in all").isBetween(INTERVALS - 2, INTERVALS + 1);

            // Straight into the directory: no event, so only the scheduled sync can seat user30.
            nodeA.database().update("INSERT INTO memberships VALUES ('confluence', 'plainframe-editors', "
                    + "'key-user30')");
            long start = System.nanoTime();
            while (!"LICENSED".equals(state(http, "user30")) && System.nanoTime() - start < 8_000_000_000L) {
                Thread.sleep(100);
            }
            assertThat(state(http, "user30")).as("seated by the scheduled sync").isEqualTo("LICENSED");
        }
    }

    @Test
    void theCheckCatchesASyncRunOnEveryNode() throws Exception {
        System.setProperty("plainframe.sandbox.scheduler.speedup", "60");
        System.setProperty("plainframe.sandbox.scheduler.perNode", "true");
        try (Sandbox nodeA = new Sandbox(0, data, true, true); Sandbox nodeB = new Sandbox(0, data, false, true)) {
            long runs = runsOver(nodeA);
            System.out.printf("Directory sync run on every node: %d runs in %d intervals%n", runs, INTERVALS);
            assertThat(runs).as("the check above fails").isGreaterThan(INTERVALS + 1);
        }
    }

    /** The sync's runs recorded by the scheduler of either node over {@link #INTERVALS} intervals from now. */
    private static long runsOver(Sandbox node) throws Exception {
        long from = System.currentTimeMillis();
        Thread.sleep(INTERVALS * INTERVAL_MILLIS);
        return node.database().count("SELECT COUNT(*) FROM scheduler_runs WHERE host = 'confluence' AND job_id = ? "
                + "AND at >= ? AND at < ?", JOB, from, from + INTERVALS * INTERVAL_MILLIS);
    }

    @SuppressWarnings("unchecked")
    private static String state(Http http, String username) {
        List<Object> users = (List<Object>) Http.json(http.get(REST + "/users?query=" + username, "Authorization",
                ADMIN)).get("users");
        return (String) ((Map<String, Object>) users.get(0)).get("state");
    }
}
