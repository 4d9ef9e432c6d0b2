package io.plainframe.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The class path of a platform line other than 6, built into the sandbox as {@code worlds/<part>/*.jar}: Platform 7
 * is the sandbox's own classes and libraries with Jersey 2 instead of Jersey 1 ({@code javax}, {@code jersey2});
 * Platform 8 is everything in jakarta ({@code jakarta}: the sandbox's classes transformed at build time, Jetty 12
 * ee10, Jersey 3.1, the jakarta stand-ins). Jersey 1, 2 and 3 share class names and so do Jetty 10 and 12, so each
 * line runs in a class loader of its own, whose parent holds only the JDK.
 */
final class World {

    private World() {
    }

    /** Runs {@link Sandbox#serve} in the platform's own class loader, until it stops. */
    static void serve(Platform platform, String[] args) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars(platform)) {
            urls.add(jar.toUri().toURL());
        }
        ClassLoader loader = new URLClassLoader("platform-" + platform.number(), urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        try {
            loader.loadClass(Sandbox.class.getName()).getMethod("serve", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static List<String> parts(Platform platform) {
        return switch (platform) {
            case SIX -> throw new IllegalArgumentException("Platform 6 runs on the launcher's own class path");
            case SEVEN -> List.of("javax", "jersey2");
            case EIGHT -> List.of("jakarta");
        };
    }

    /** The jars, from the build's class folder as they are, or out of the runnable jar into a temporary folder. */
    private static List<Path> jars(Platform platform) throws Exception {
        Path home = Path.of(Sandbox.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> jars = new ArrayList<>();
        Path unpacked = Files.isDirectory(home) ? null : Files.createTempDirectory("plainframe-sandbox-platform"
                + platform.number() + "-");
        if (unpacked != null) {
            unpacked.toFile().deleteOnExit();
        }
        for (String part : parts(platform)) {
            jars.addAll(unpacked == null ? listed(home.resolve("worlds").resolve(part)) : unpack(home, part, unpacked));
        }
        if (jars.isEmpty()) {
            throw new IllegalStateException("the sandbox has no runtime for Platform " + platform.number()
                    + " (worlds/" + parts(platform) + "); build it with ./mvnw package");
        }
        return jars;
    }

    private static List<Path> listed(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static List<Path> unpack(Path jar, String part, Path into) throws IOException {
        List<Path> jars = new ArrayList<>();
        String prefix = "worlds/" + part + "/";
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName();
                if (name.startsWith(prefix) && name.endsWith(".jar") && name.indexOf('/', prefix.length()) < 0) {
                    Path target = into.resolve(part + "-" + name.substring(prefix.length()));
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    target.toFile().deleteOnExit();
                    jars.add(target);
                }
            }
        }
        Collections.sort(jars);
        return jars;
    }
}
