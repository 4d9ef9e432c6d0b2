package io.plainframe.bundles;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/**
 * An Apache Felix playing one host: loaded in the line's own class loader (so its system bundle hands out that
 * line's classes only), exporting the given packages and announcing the given Java as its execution environment.
 */
final class HostFramework implements AutoCloseable {

    private final Framework felix;

    private HostFramework(Framework felix) {
        this.felix = felix;
    }

    static HostFramework start(HostLine classes, List<String> exports, int java, Path storage) throws Exception {
        Path dir = Files.createTempDirectory(storage, "felix");
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, dir.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",", exports));
        config.put(Constants.FRAMEWORK_SYSTEMCAPABILITIES, executionEnvironment(java));
        config.put("felix.cache.rootdir", dir + File.separator);
        ClassLoader host = classes.hostClasses();
        Framework felix = (Framework) host.loadClass("org.apache.felix.framework.Felix")
                .getConstructor(Map.class).newInstance(config);
        felix.start();
        return new HostFramework(felix);
    }

    /** The osgi.ee capability of a JVM of the given version, as Felix announces its own. */
    static String executionEnvironment(int java) {
        String versions = Stream.concat(Stream.of("1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8"),
                IntStream.rangeClosed(9, java).mapToObj(Integer::toString)).collect(Collectors.joining(","));
        return "osgi.ee;osgi.ee=\"JavaSE\";version:List<Version>=\"" + versions + "\"";
    }

    Bundle install(Path jar) throws BundleException {
        return felix.getBundleContext().installBundle(jar.toUri().toString());
    }

    @Override
    public void close() throws Exception {
        felix.stop();
        felix.waitForStop(10_000);
    }
}
