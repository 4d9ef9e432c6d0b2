package io.plainframe.sandbox;

import io.plainframe.sandbox.host.ProductServices;
import io.plainframe.sandbox.web.ErrorPage;
import io.plainframe.sandbox.web.SecurityHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Plainframe sandbox (SPEC 10): Confluence at {@code /confluence} and Jira at {@code /jira} on one embedded
 * Jetty, each running its real Plainframe plugin over an embedded H2 database in the data directory.
 *
 * <pre>java -jar src/sandbox/target/plainframe-sandbox.jar [--port 2990] [--data DIR] [--reset] [--cluster]</pre>
 *
 * <p>With {@code --cluster}, sandboxes on other ports and the same data directory are nodes of one cluster, as
 * Data Center's: they share the database, and with it the plugins' settings and the cluster locks.
 */
public final class Sandbox implements AutoCloseable {

    public static final int DEFAULT_PORT = 2990;
    static final List<String> PRODUCTS = List.of("confluence", "jira");
    private static final int MAX_THREADS = 200;
    private static final int MAX_QUEUED = 2000;
    private static final long IDLE_MILLIS = 20_000;
    private static final long REQUEST_IO_MILLIS = 5_000;
    private static final long MIN_BYTES_PER_SECOND = 512;

    private final Database database;
    private final List<ProductHost> hosts = new ArrayList<>();
    private final Server server;

    /**
     * Starts the sandbox.
     *
     * @param port  the port on localhost; 0 for any free port
     * @param data  the data directory
     * @param reset whether to start from an empty database
     */
    public Sandbox(int port, Path data, boolean reset) throws Exception {
        this(port, data, reset, false);
    }

    /**
     * Starts the sandbox, as a node of a cluster when asked.
     *
     * @param cluster whether other sandboxes started with {@code --cluster} on the same data may join
     */
    public Sandbox(int port, Path data, boolean reset, boolean cluster) throws Exception {
        Files.createDirectories(data);
        this.database = new Database(data, reset, cluster);
        this.server = new Server(threads());
        try {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(httpRules()));
            connector.setHost("localhost");
            connector.setPort(port);
            connector.setIdleTimeout(IDLE_MILLIS);
            server.addConnector(connector);
            ContextHandlerCollection contexts = new ContextHandlerCollection();
            for (String product : PRODUCTS) {
                ProductHost host = new ProductHost(product, database, pluginJar(data, product));
                hosts.add(host);
                contexts.addHandler(host.context());
            }
            SecurityHeaders headers = new SecurityHeaders();
            headers.setHandler(contexts);
            server.setHandler(headers);
            server.setErrorHandler(new ErrorPage());
            server.setStopAtShutdown(false);
            server.start();
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /**
     * Threads for requests, bounded, with a bounded queue: what an anonymous client can hold is limited by
     * {@link #httpRules()}, so a burst of slow clients cannot keep the others waiting for long.
     */
    private static QueuedThreadPool threads() {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 8, 60_000,
                new BlockingArrayQueue<>(MAX_THREADS, MAX_THREADS, MAX_QUEUED));
        threads.setName("sandbox");
        return threads;
    }

    /**
     * Bounds on a request's input (issue 13: slow posts to the login form hung both products): a body must
     * arrive at a minimal rate and a blocked read gives up after a few seconds, so a thread is not held long.
     */
    private static HttpConfiguration httpRules() {
        HttpConfiguration http = new HttpConfiguration();
        http.setMinRequestDataRate(MIN_BYTES_PER_SECOND);
        http.setIdleTimeout(REQUEST_IO_MILLIS);
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(16 * 1024);
        return http;
    }

    /** The database, for tests that need more users than SPEC 10's fifty. */
    Database database() {
        return database;
    }

    /** A product's APIs as its plugin sees them, for tests that make them fail. */
    ProductServices products(String product) {
        return hosts.stream().filter(host -> host.product().equals(product)).findFirst().orElseThrow().products();
    }

    /** The calls a product's plugin templates made and the sandbox refused, as the hosts' Velocity allowlist. */
    List<String> refusedTemplateCalls(String product) {
        return hosts.stream().filter(host -> host.product().equals(product)).findFirst().orElseThrow()
                .refusedTemplateCalls();
    }

    /** The port the sandbox listens on. */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
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
            server.stop();
        } catch (Exception e) {
            System.err.println("Stopping the server: " + e);
        }
        try {
            database.close();
        } catch (Exception e) {
            System.err.println("Closing the database: " + e);
        }
    }

    /** The plugin jar the build put into the sandbox, copied out to the data directory as a host installs it. */
    private static Path pluginJar(Path data, String product) throws IOException {
        String name = "plainframe-" + product + ".jar";
        Path plugins = Files.createDirectories(data.resolve("plugins"));
        Path jar = plugins.resolve(name);
        try (InputStream in = Sandbox.class.getClassLoader().getResourceAsStream("plugins/" + name)) {
            if (in == null) {
                throw new IllegalStateException("plugins/" + name + " is missing from the sandbox; build it with "
                        + "./mvnw package");
            }
            Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
        }
        return jar;
    }

    /** Held so the setting sticks: java.util.logging keeps loggers only weakly. */
    private static final java.util.logging.Logger JERSEY_LOG = java.util.logging.Logger.getLogger("com.sun.jersey");

    public static void main(String[] args) throws Exception {
        JERSEY_LOG.setLevel(java.util.logging.Level.WARNING);
        int port = DEFAULT_PORT;
        Path data = Path.of(System.getProperty("user.home"), ".plainframe-sandbox");
        boolean reset = false;
        boolean cluster = false;
        PrintStream out = System.out;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                case "--data" -> data = Path.of(value(args, ++i, "--data"));
                case "--reset" -> reset = true;
                case "--cluster" -> cluster = true;
                case "--help", "-h" -> {
                    out.println("Usage: java -jar plainframe-sandbox.jar [--port 2990] [--data DIR] [--reset] "
                            + "[--cluster]");
                    out.println("  --port     port on localhost (default 2990)");
                    out.println("  --data     data directory (default ~/.plainframe-sandbox)");
                    out.println("  --reset    start empty, as a fresh install: no license, no editors");
                    out.println("  --cluster  a Data Center node: other sandboxes started with --cluster on the same");
                    out.println("             data (and another port) share its database and cluster locks");
                    return;
                }
                default -> {
                    System.err.println("Unknown option " + args[i] + "; try --help");
                    System.exit(2);
                    return;
                }
            }
        }
        Sandbox sandbox = new Sandbox(port, data, reset, cluster);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping the Plainframe sandbox...");
            sandbox.close();
            out.println("Stopped.");
        }, "sandbox-shutdown"));
        out.println();
        out.println("Plainframe sandbox is running (data in " + data.toAbsolutePath()
                + (cluster ? ", a node of a cluster" : "") + "):");
        out.println("  Confluence: " + sandbox.baseUrl("confluence"));
        out.println("  Jira:       " + sandbox.baseUrl("jira"));
        out.println("  Log in as admin / admin (users user01..user50, password = username). Ctrl-C stops it.");
        sandbox.server.join();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            System.err.println(option + " needs a value; try --help");
            System.exit(2);
        }
        return args[i];
    }
}
