package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import io.plainframe.licensing.key.Product;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox as a person runs it, in its own JVM (SPEC 10): it prints both URLs and the admin login; what it
 * acknowledged survives a kill -9; {@code --reset} starts empty; Ctrl-C (SIGTERM) stops it cleanly.
 */
class SandboxProcessTest {

    private static final String REST = "/rest/plainframe/1.0";
    private static final String ADMIN = "Bearer sandbox-token-admin";

    @TempDir
    Path data;

    @Test
    void anAcknowledgedChangeSurvivesKillNineAndResetStartsEmpty() throws Exception {
        int port = freePort();
        String key = io.plainframe.sandbox.web.DemoKeysPage.demos(Product.JIRA, LocalDate.now(),
                Clock.systemUTC()).get(0).key();
        String licenseId;
        String editor;
        try (Running sandbox = Running.start(data, port)) {
            assertThat(sandbox.output()).contains("Confluence: http://localhost:" + port + "/confluence",
                    "Jira:       http://localhost:" + port + "/jira", "admin / admin");
            Http jira = new Http("http://localhost:" + port + "/jira");
            HttpResponse<String> basicAuth = jira.get(REST + "/license", "Authorization", basic("admin"));
            assertThat(basicAuth.statusCode()).as("Jira 11 (the default, Platform 8) refuses basic auth on REST")
                    .isEqualTo(403);
            assertThat(basicAuth.body()).isEqualTo("{\"message\":\"Basic Authentication has been disabled on this "
                    + "instance.\"}");
            assertThat(jira.put(REST + "/license", Json.write(Map.of("key", key)), "Authorization", ADMIN)
                    .statusCode()).isEqualTo(200);
            assertThat(jira.post(REST + "/editors", "application/json", "{\"usernames\":[\"user07\"]}",
                    "Authorization", ADMIN).statusCode()).isEqualTo(200);
            licenseId = (String) ((Map<?, ?>) json(jira.get(REST + "/license", "Authorization", ADMIN))
                    .get("governing")).get("licenseId");
            editor = "user07";

            Process second = java("--port", Integer.toString(freePort()), "--data", data.toString(), "--reset");
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).as("a second sandbox on the same data refuses to start").isNotZero();
            assertThat(json(jira.get(REST + "/editors?query=" + editor, "Authorization", ADMIN)))
                    .as("and resets nothing").containsEntry("total", 1L);
            sandbox.kill();
        }
        try (Running again = Running.start(data, port)) {
            Http jira = new Http("http://localhost:" + port + "/jira");
            Map<String, Object> license = json(jira.get(REST + "/license", "Authorization", ADMIN));
            assertThat(((Map<?, ?>) license.get("governing")).get("licenseId")).isEqualTo(licenseId);
            assertThat(json(jira.get(REST + "/editors?query=" + editor, "Authorization", ADMIN)))
                    .containsEntry("total", 1L);
            assertThat(again.stop()).as("Ctrl-C").contains("Stopping the Plainframe sandbox...", "Stopped.");
        }
        try (Running reset = Running.start(data, port, "--reset")) {
            Http jira = new Http("http://localhost:" + port + "/jira");
            assertThat(json(jira.get(REST + "/license", "Authorization", ADMIN)))
                    .containsEntry("source", "NONE");
            assertThat(json(jira.get(REST + "/editors?query=" + editor, "Authorization", ADMIN)))
                    .containsEntry("total", 0L);
        }
    }

    @Test
    void helpAndUnknownOptionsAnswerWithoutStarting() throws Exception {
        Process help = java("--help");
        assertThat(help.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("--port", "--data", "--reset", "--cluster", "--platform 6|7|8", "--app",
                        "--allow-basic-auth");
        assertThat(help.exitValue()).isZero();
        Process wrong = java("--colour");
        assertThat(wrong.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(wrong.exitValue()).isEqualTo(2);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (Map<String, Object>) Json.parse(response.body());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The sandbox's main class in a new JVM on this test's class path (which holds the built plugins). */
    static Process java(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Sandbox.class.getName()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** A running sandbox process and what it printed. */
    static final class Running implements AutoCloseable {

        private final Process process;
        private int port;
        private final StringBuilder output = new StringBuilder();
        private final CompletableFuture<Void> ready = new CompletableFuture<>();
        private final Thread reader;

        private Running(Process process) {
            this.process = process;
            this.reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        synchronized (output) {
                            output.append(line).append('\n');
                        }
                        if (line.contains("Ctrl-C stops it")) {
                            ready.complete(null);
                        }
                    }
                } catch (IOException e) {
                    // The process is gone.
                }
                ready.completeExceptionally(new IllegalStateException("the sandbox ended: " + output()));
            }, "sandbox-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Running start(Path data, int port, String... more) throws Exception {
            List<String> arguments = new ArrayList<>(List.of("--port", Integer.toString(port), "--data",
                    data.toString()));
            arguments.addAll(List.of(more));
            Running running = new Running(java(arguments.toArray(String[]::new)));
            running.port = port;
            running.ready.get(60, TimeUnit.SECONDS);
            return running;
        }

        int port() {
            return port;
        }

        String output() {
            synchronized (output) {
                return output.toString();
            }
        }

        /** SIGKILL: no shutdown hook, no flush. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        /** SIGTERM, as Ctrl-C's shutdown: returns what it printed by the end. */
        String stop() throws InterruptedException {
            // Through the handle: Process.destroy() would also close our end of its output, losing the last lines.
            process.toHandle().destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stops within 30 seconds").isTrue();
            reader.join(10_000);
            return output();
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
