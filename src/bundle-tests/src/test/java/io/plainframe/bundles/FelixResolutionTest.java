package io.plainframe.bundles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.felix.framework.Felix;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/**
 * Each bundle in an embedded Apache Felix whose system bundle exports the host's packages at the host's versions:
 * it resolves and every class it carries links against those packages; take one package away and it fails to
 * resolve, naming that package.
 */
class FelixResolutionTest {

    @TempDir
    Path storage;

    static List<PluginJar> bundles() {
        return PluginJar.both();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void theBundleResolvesAgainstTheHostsPackagesAndEveryClassLinks(PluginJar plugin) throws Exception {
        Felix felix = start(plugin.hostExports());
        try {
            Bundle bundle = felix.getBundleContext().installBundle(plugin.path().toUri().toString());
            bundle.start();
            assertThat(bundle.getState()).isEqualTo(Bundle.ACTIVE);
            int linked = 0;
            for (String entry : plugin.entries()) {
                if (entry.endsWith(".class") && !entry.endsWith("package-info.class")) {
                    Class<?> type = bundle.loadClass(entry.substring(0, entry.length() - 6).replace('/', '.'));
                    // Resolve every type in every signature, as the host's Spring and Jersey will.
                    for (Method method : type.getDeclaredMethods()) {
                        method.getGenericParameterTypes();
                        method.getGenericReturnType();
                    }
                    type.getDeclaredConstructors();
                    type.getDeclaredFields();
                    linked++;
                }
            }
            assertThat(linked).isGreaterThan(100);
        } finally {
            stop(felix);
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void withoutAPackageTheHostLacksTheBundleDoesNotResolveAndSaysWhich(PluginJar plugin) throws Exception {
        String missing = plugin.name().equals("jira") ? "com.atlassian.jira.issue" : "com.atlassian.confluence.pages";
        for (String dropped : List.of("com.atlassian.sal.api.user", "com.atlassian.upm.api.license", missing)) {
            List<String> exports = plugin.hostExports().stream().filter(p -> !p.startsWith(dropped + ";")
                    && !p.equals(dropped)).toList();
            Felix felix = start(exports);
            try {
                Bundle bundle = felix.getBundleContext().installBundle(plugin.path().toUri().toString());
                assertThatThrownBy(bundle::start).isInstanceOf(BundleException.class)
                        .hasMessageContaining("missing requirement").hasMessageContaining(dropped);
            } finally {
                stop(felix);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void aHostWithAnOlderSalThanSupportedIsRefused(PluginJar plugin) throws Exception {
        List<String> exports = plugin.hostExports().stream()
                .map(p -> p.startsWith("com.atlassian.sal.api.user;") ? "com.atlassian.sal.api.user;version=3.0.0" : p)
                .toList();
        Felix felix = start(exports);
        try {
            Bundle bundle = felix.getBundleContext().installBundle(plugin.path().toUri().toString());
            assertThatThrownBy(bundle::start).hasMessageContaining("com.atlassian.sal.api.user");
        } finally {
            stop(felix);
        }
    }

    private Felix start(List<String> exports) throws Exception {
        Path dir = Files.createTempDirectory(storage, "felix");
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, dir.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, exports.stream().collect(Collectors.joining(",")));
        config.put("felix.cache.rootdir", dir.toString() + File.separator);
        Felix felix = new Felix(config);
        felix.start();
        return felix;
    }

    private static void stop(Felix felix) throws Exception {
        felix.stop();
        felix.waitForStop(10_000);
    }
}
