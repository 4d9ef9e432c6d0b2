package io.plainframe.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The platform lines for tests that run on each: sandboxes started as a person starts them, through the launcher
 * ({@code Sandbox --platform N}) in a JVM of their own. The REST suites share one sandbox per line for this test
 * JVM, fresh, taking basic auth on REST on every line and with the planted app ({@link PlantedApp}) installed; it
 * stops when the JVM does.
 */
final class Lines {

    static final List<Integer> ALL = List.of(6, 7, 8);
    private static final Map<Integer, SandboxProcessTest.Running> SHARED = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> SHARED.values().forEach(running -> {
            try {
                running.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }), "stop-line-sandboxes"));
    }

    private Lines() {
    }

    /** Every line with both products, for parameterized tests. */
    static Stream<Arguments> withProducts() {
        return ALL.stream().flatMap(line -> Sandbox.PRODUCTS.stream().map(product -> Arguments.of(line, product)));
    }

    /** A product's base URL on this JVM's shared sandbox of a line. */
    static String shared(int line, String product) {
        SandboxProcessTest.Running running = SHARED.computeIfAbsent(line, Lines::startShared);
        return "http://localhost:" + running.port() + "/" + product;
    }

    private static SandboxProcessTest.Running startShared(int line) {
        try {
            Path data = Files.createTempDirectory("plainframe-line" + line + "-");
            // Basic auth on REST everywhere, as these suites use it; SandboxProcessTest sees Jira 11's default.
            return start(data, line, "--reset", "--allow-basic-auth", "--app", PlantedApp.jar(line, data).toString());
        } catch (Exception e) {
            throw new IllegalStateException("the Platform " + line + " sandbox did not start", e);
        }
    }

    /** A sandbox of a line on a data directory, started through the launcher on a free port. */
    static SandboxProcessTest.Running start(Path data, int line, String... more) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--platform", Integer.toString(line)));
        arguments.addAll(List.of(more));
        return SandboxProcessTest.Running.start(data, SandboxProcessTest.freePort(), arguments.toArray(String[]::new));
    }
}
