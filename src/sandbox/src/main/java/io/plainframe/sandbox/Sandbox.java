package io.plainframe.sandbox;

import io.plainframe.sandbox.host.HostFaults;
import io.plainframe.sandbox.host.ProductServices;
import io.plainframe.sandbox.host.SandboxAttachments;
import io.plainframe.sandbox.host.SandboxEvents;
import io.plainframe.sandbox.host.SandboxJiraAttachments;
import io.plainframe.sandbox.plugin.LoadedPlugin;
import io.plainframe.sandbox.runtime.Container;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Plainframe sandbox (SPEC 10): Confluence at {@code /confluence} and Jira at {@code /jira} in one servlet
 * container, each running its real Plainframe plugin over an embedded H2 database in the data directory, as one
 * host platform line plays it (see {@link Platform}).
 *
 * <pre>java -jar src/sandbox/target/plainframe-sandbox.jar [--port 2990] [--data DIR] [--reset] [--cluster]
 *     [--platform 6|7|8] [--allow-basic-auth] [--app JAR]...</pre>
 *
 * <p>With {@code --cluster}, sandboxes on other ports and the same data directory are nodes of one cluster, as
 * Data Center's: they share the database, and with it the plugins' settings and the cluster locks.
 */
public final class Sandbox implements AutoCloseable {

    public static final int DEFAULT_PORT = 2990;
    static final List<String> PRODUCTS = List.of("confluence", "jira");
    /**
     * Jersey's loggers, warnings only; Jersey 2 and 3 warn that resource instances are no providers and that an
     * optional writer is missing, so those two are kept quieter. Held so the settings stick: java.util.logging keeps
     * loggers only weakly.
     */
    private static final Map<Logger, Level> QUIET = Map.of(Logger.getLogger("com.sun.jersey"), Level.WARNING,
            Logger.getLogger("org.glassfish.jersey"), Level.WARNING,
            Logger.getLogger("org.glassfish.jersey.internal.inject.Providers"), Level.SEVERE,
            Logger.getLogger("org.glassfish.jersey.message.internal.MessagingBinders"), Level.SEVERE);

    private final Database database;
    private final List<ProductHost> hosts = new ArrayList<>();
    private final Container container;

    /**
     * Starts a Platform 6 sandbox on this class path (the tests' and the runnable jar's own).
     *
     * @param port  the port on localhost; 0 for any free port
     * @param data  the data directory
     * @param reset whether to start from an empty database
     */
    public Sandbox(int port, Path data, boolean reset) throws Exception {
        this(port, data, reset, false);
    }

    /**
     * Starts a Platform 6 sandbox, as a node of a cluster when asked.
     *
     * @param cluster whether other sandboxes started with {@code --cluster} on the same data may join
     */
    public Sandbox(int port, Path data, boolean reset, boolean cluster) throws Exception {
        this(Platform.SIX, port, install(data, Platform.SIX), reset, cluster, List.of(), false);
    }

    /** Starts a line whose runtime is on this class path and whose plugins are installed in the data directory. */
    private Sandbox(Platform platform, int port, Path data, boolean reset, boolean cluster, List<Path> apps,
                    boolean allowBasicAuth) throws Exception {
        Files.createDirectories(data);
        this.database = new Database(data, reset, cluster);
        this.container = platform.container();
        try {
            for (String product : PRODUCTS) {
                hosts.add(new ProductHost(product, database, pluginJar(data, product), platform, container, apps,
                        allowBasicAuth));
            }
            container.start(port);
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /** The database, for tests that need more users than SPEC 10's fifty. */
    Database database() {
        return database;
    }

    /** A product's APIs as its plugin sees them, for tests that make them fail. */
    ProductServices products(String product) {
        return hosts.stream().filter(host -> host.product().equals(product)).findFirst().orElseThrow().products();
    }

    /** The host defects a test may plant in a product, to show its checks catch them. */
    HostFaults faults(String product) {
        return hosts.stream().filter(host -> host.product().equals(product)).findFirst().orElseThrow().faults();
    }

    /** A product's event publisher, for tests of the plugin's directory listener. */
    SandboxEvents events(String product) {
        return hosts.stream().filter(host -> host.product().equals(product)).findFirst().orElseThrow().events();
    }

    /** A product's page attachments, for tests that count notifications. */
    SandboxAttachments attachments(String product) {
        return hosts.stream().filter(host -> host.product().equals(product)).findFirst().orElseThrow().attachments();
    }

    /** A product's Plainframe plugin as loaded, for tests that use its classes directly. */
    LoadedPlugin plugin(String product) {
        return hosts.stream().filter(host -> host.product().equals(product)).findFirst().orElseThrow().plugin();
    }

    /** Jira's issue attachments, for tests that look at what the plugin attached. */
    SandboxJiraAttachments jiraAttachments() {
        return hosts.stream().filter(host -> host.product().equals("jira")).findFirst().orElseThrow()
                .jiraAttachments();
    }

    /** The calls a product's plugin templates made and the sandbox refused, as the hosts' Velocity allowlist. */
    List<String> refusedTemplateCalls(String product) {
        return hosts.stream().filter(host -> host.product().equals(product)).findFirst().orElseThrow()
                .refusedTemplateCalls();
    }

    /** The port the sandbox listens on. */
    public int port() {
        return container.port();
    }

    /** The base URL of a product, such as {@code http://localhost:2990/confluence}. */
    public String baseUrl(String product) {
        return "http://localhost:" + port() + "/" + product;
    }

    /** Stops the plugins' background jobs, then the server, then the database. */
    @Override
    public void close() {
        for (ProductHost host : hosts) {
            try {
                host.stop();
            } catch (RuntimeException e) {
                System.err.println("Stopping " + host.product() + ": " + e);
            }
        }
        try {
            container.stop();
        } catch (Exception e) {
            System.err.println("Stopping the server: " + e);
        }
        try {
            database.close();
        } catch (Exception e) {
            System.err.println("Closing the database: " + e);
        }
    }

    /**
     * Installs the line's plugin jars, which the build put into the sandbox, in the data directory's
     * {@code plugins} folder, as a host installs an app: over the jars of any other line (an upgrade).
     */
    static Path install(Path data, Platform platform) throws IOException {
        Path plugins = Files.createDirectories(data.resolve("plugins"));
        for (String product : PRODUCTS) {
            String name = "plugins/plainframe-" + product + "-platform" + platform.number() + ".jar";
            try (InputStream in = Sandbox.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException(name + " is missing from the sandbox; build it with "
                            + "./mvnw package");
                }
                Files.copy(in, pluginJar(data, product), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return data;
    }

    private static Path pluginJar(Path data, String product) {
        return data.resolve("plugins").resolve("plainframe-" + product + ".jar");
    }

    /** Installs the chosen line's plugins, then serves it: Platform 6 here, the others in their own class path. */
    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args, System.out);
        if (options == null) {
            return;
        }
        install(options.data(), options.platform());
        if (options.platform() == Platform.SIX) {
            serve(args);
        } else {
            World.serve(options.platform(), args);
        }
    }

    /** Serves the sandbox on this class path's line until the JVM stops; the launcher calls it in each world. */
    public static void serve(String[] args) throws Exception {
        QUIET.forEach(Logger::setLevel);
        Options options = Options.parse(args, System.out);
        PrintStream out = System.out;
        Sandbox sandbox = new Sandbox(options.platform(), options.port(), options.data(), options.reset(),
                options.cluster(), options.apps(), options.allowBasicAuth());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping the Plainframe sandbox...");
            sandbox.close();
            out.println("Stopped.");
        }, "sandbox-shutdown"));
        out.println();
        out.println("Plainframe sandbox is running (Platform " + options.platform().number() + ": "
                + options.platform().description() + ";");
        out.println("  data in " + options.data().toAbsolutePath() + (options.cluster() ? ", a node of a cluster"
                : "") + "):");
        out.println("  Confluence: " + sandbox.baseUrl("confluence"));
        out.println("  Jira:       " + sandbox.baseUrl("jira"));
        out.println("  Log in as admin / admin (users user01..user50, password = username). Ctrl-C stops it.");
        sandbox.container.join();
    }
}
