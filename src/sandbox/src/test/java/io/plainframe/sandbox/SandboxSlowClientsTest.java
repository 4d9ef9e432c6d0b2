package io.plainframe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.sandbox.jetty10.Jetty10Container;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anonymous clients that send slowly or too much (issue 13: some 230 slow posts to the login form hung both
 * products): they are cut off, and everybody else is still answered quickly. Loopback only, a bounded number of
 * connections for a bounded time.
 */
class SandboxSlowClientsTest {

    private static final int SLOW_CLIENTS = 260;
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    @TempDir
    Path data;

    @Test
    @Timeout(90)
    void hundredsOfSlowLogInPostsDoNotKeepOthersWaiting() throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            assertAnsweredQuickly(millisToAnswerWhileSlowClientsPost(sandbox));
        }
    }

    /**
     * The negative control: the container without its bounds on how slowly a request's input may come (as issue 13
     * found it) lets the slow posts hold its threads, and the check fails.
     */
    @Test
    @Timeout(120)
    void withoutItsReadBoundsTheContainerKeepsOthersWaitingAndTheCheckFails() throws Exception {
        System.setProperty(Jetty10Container.UNBOUNDED_READS, "true");
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            List<Long> millis = millisToAnswerWhileSlowClientsPost(sandbox);
            assertThatThrownBy(() -> assertAnsweredQuickly(millis)).isInstanceOf(AssertionError.class);
        } finally {
            System.clearProperty(Jetty10Container.UNBOUNDED_READS);
        }
    }

    private static void assertAnsweredQuickly(List<Long> millis) {
        assertThat(millis).as("milliseconds to answer a normal request").isNotEmpty()
                .allMatch(answered -> answered < QUICKLY.toMillis());
    }

    /**
     * The time each normal request took while 260 slow clients post to the login forms, for 12 s; one that got no
     * answer in time counts as the whole wait.
     */
    private static List<Long> millisToAnswerWhileSlowClientsPost(Sandbox sandbox) throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket socket = new Socket("localhost", sandbox.port());
                socket.getOutputStream().write(("POST /" + (i % 2 == 0 ? "confluence" : "jira") + "/login "
                        + "HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 2000\r\n\r\nos_username=").getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            long end = System.nanoTime() + Duration.ofSeconds(12).toNanos();
            HttpClient client = HttpClient.newBuilder().connectTimeout(QUICKLY).build();
            List<Long> answeredWithin = new ArrayList<>();
            while (System.nanoTime() < end) {
                trickle(slow);
                long start = System.nanoTime();
                try {
                    HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(
                            sandbox.baseUrl("jira") + "/login")).timeout(QUICKLY).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(page.statusCode()).isEqualTo(200);
                } catch (HttpTimeoutException e) {
                    // Not answered in time: counted below as the whole wait, which the check refuses.
                }
                answeredWithin.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
                Thread.sleep(500);
            }
            return answeredWithin;
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void anOversizedLogInFormIsRefusedUnread() throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    sandbox.baseUrl("confluence") + "/login")).header("Content-Type",
                    "application/x-www-form-urlencoded").timeout(QUICKLY).POST(HttpRequest.BodyPublishers.ofString(
                    "os_username=admin&os_password=" + "a".repeat(64 * 1024))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(413);
        }
    }

    /** One more byte from each slow client, as a slow loris keeps its connections just alive. */
    private static void trickle(List<Socket> slow) {
        for (Socket socket : slow) {
            try {
                OutputStream out = socket.getOutputStream();
                out.write('a');
                out.flush();
            } catch (IOException e) {
                // The sandbox cut this one off: what it should do.
            }
        }
    }
}
