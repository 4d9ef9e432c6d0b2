package io.plainframe.sandbox;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox's command line (SPEC 10).
 *
 * @param port     the port on localhost
 * @param data     the data directory
 * @param reset    whether to start as a fresh install
 * @param cluster  whether to be a node of a cluster on the same data
 * @param platform the platform line to play
 * @param apps     more plugin jars to install beside Plainframe
 * @param allowBasicAuth whether REST takes basic auth where the line blocks it by default (Jira on Platform 8)
 */
record Options(int port, Path data, boolean reset, boolean cluster, Platform platform, List<Path> apps,
               boolean allowBasicAuth) {

    /** The options, or {@code null} when the help was asked for and printed; usage errors exit with status 2. */
    static Options parse(String[] args, PrintStream out) {
        int port = Sandbox.DEFAULT_PORT;
        Path data = Path.of(System.getProperty("user.home"), ".plainframe-sandbox");
        boolean reset = false;
        boolean cluster = false;
        Platform platform = Platform.NEWEST;
        List<Path> apps = new ArrayList<>();
        boolean allowBasicAuth = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                case "--data" -> data = Path.of(value(args, ++i, "--data"));
                case "--reset" -> reset = true;
                case "--cluster" -> cluster = true;
                case "--platform" -> {
                    String number = value(args, ++i, "--platform");
                    platform = Platform.of(number).orElseGet(() -> usage("--platform is 6, 7 or 8, not " + number));
                }
                case "--allow-basic-auth" -> allowBasicAuth = true;
                case "--app" -> apps.add(Path.of(value(args, ++i, "--app")).toAbsolutePath());
                case "--help", "-h" -> {
                    help(out);
                    return null;
                }
                default -> usage("Unknown option " + args[i]);
            }
        }
        return new Options(port, data, reset, cluster, platform, List.copyOf(apps), allowBasicAuth);
    }

    private static void help(PrintStream out) {
        out.println("Usage: java -jar plainframe-sandbox.jar [--port 2990] [--data DIR] [--reset] [--cluster] "
                + "[--platform 6|7|8] [--allow-basic-auth] [--app JAR]...");
        out.println("  --port      port on localhost (default 2990)");
        out.println("  --data      data directory (default ~/.plainframe-sandbox)");
        out.println("  --reset     start empty, as a fresh install: no license, no editors");
        out.println("  --cluster   a Data Center node: other sandboxes started with --cluster on the same");
        out.println("              data (and another port) share its database and cluster locks");
        out.println("  --platform  the host platform line whose plugin jars and runtime to play (default "
                + Platform.NEWEST.number() + "):");
        for (Platform platform : Platform.values()) {
            out.println("              " + platform.number() + "  " + platform.description());
        }
        out.println("              the data directory may change lines: an upgrade keeps everything");
        out.println("  --allow-basic-auth  let Jira take basic auth on REST on Platform 8 (Jira 11 refuses it by");
        out.println("              default: use a personal access token, Bearer sandbox-token-<username>)");
        out.println("  --app       also install this plugin jar in both products, as UPM's Upload app does");
        out.println("              (its servlet, servlet-filter and REST modules; repeatable)");
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            usage(option + " needs a value");
        }
        return args[i];
    }

    private static <T> T usage(String message) {
        System.err.println(message + "; try --help");
        System.exit(2);
        throw new IllegalStateException(message);
    }
}
