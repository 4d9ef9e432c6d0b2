package io.plainframe.licensing.atlassian;

import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginBuildTest {

    @TempDir
    Path dir;

    @Test
    void theVersionAndBuildDateComeFromThePluginsOwnManifestAmongOthers() throws IOException {
        Path other = jar("other.jar", "io.someone.else", "2020-01-01T00:00:00+0000", "9.9");
        Path ours = jar("ours.jar", "io.plainframe.confluence", "2026-11-23T08:30:15+0000", "1.2.3");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {other.toUri().toURL(), ours.toUri().toURL()},
                null)) {
            PluginBuild build = PluginBuild.of(loader, "io.plainframe.confluence", Fixtures.CLOCK);
            assertThat(build.version()).isEqualTo("1.2.3");
            assertThat(build.buildDate().date()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(build.buildDate().assumed()).isFalse();
        }
    }

    @Test
    void withoutTheManifestTheBuildCountsAsBuiltToday() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[0], null)) {
            PluginBuild build = PluginBuild.of(loader, "io.plainframe.confluence", Fixtures.CLOCK);
            assertThat(build.buildDate().assumed()).isTrue();
            assertThat(build.buildDate().date()).isEqualTo(Fixtures.TODAY);
        }
    }

    private Path jar(String name, String key, String buildDate, String version) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Atlassian-Plugin-Key", key);
        manifest.getMainAttributes().putValue("Atlassian-Build-Date", buildDate);
        manifest.getMainAttributes().putValue(PluginBuild.VERSION_HEADER, version);
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out,
                manifest)) {
            return jar;
        }
    }
}
