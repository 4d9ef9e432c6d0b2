package io.plainframe.licensing.atlassian;

import io.plainframe.licensing.check.BuildDate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Clock;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * The installed plugin's version and build date, read from its own manifest ({@code Atlassian-Build-Date},
 * SPEC 2.5, and {@code Plainframe-Version}); a missing header counts as "built today", which is logged.
 *
 * @param version   the plugin's version
 * @param buildDate the build's UTC date
 */
public record PluginBuild(String version, BuildDate buildDate) {

    /** The manifest header with the plugin's Maven version. */
    public static final String VERSION_HEADER = "Plainframe-Version";

    /** Finds the manifest whose {@code Atlassian-Plugin-Key} is the plugin's key among those the loader sees. */
    public static PluginBuild of(ClassLoader loader, String pluginKey, Clock clock) {
        Attributes headers = manifest(loader, pluginKey);
        String version = headers == null ? null : headers.getValue(VERSION_HEADER);
        return new PluginBuild(version == null ? "unknown" : version,
                BuildDate.fromHeader(headers == null ? null : headers.getValue(BuildDate.HEADER), clock));
    }

    private static Attributes manifest(ClassLoader loader, String pluginKey) {
        try {
            Enumeration<URL> manifests = loader.getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                try (InputStream in = manifests.nextElement().openStream()) {
                    Attributes headers = new Manifest(in).getMainAttributes();
                    if (pluginKey.equals(headers.getValue("Atlassian-Plugin-Key"))) {
                        return headers;
                    }
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plugin's manifest", e);
        }
    }
}
