package io.plainframe.bundles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * One built plugin jar, for one product and one platform line, and what a host reads from it.
 *
 * @param name  confluence or jira
 * @param line  the platform line the jar is built for
 * @param path  the jar
 */
record PluginJar(String name, HostLine line, Path path) {

    static PluginJar of(String name, HostLine line) {
        return new PluginJar(name, line, jar("bundle." + name + ".platform" + line.number()));
    }

    /** The six jars: both products, every line. */
    static List<PluginJar> all() {
        List<PluginJar> jars = new ArrayList<>();
        for (HostLine line : HostLine.values()) {
            jars.add(of("confluence", line));
            jars.add(of("jira", line));
        }
        return jars;
    }

    /** The jars of one line. */
    static List<PluginJar> of(HostLine line) {
        return List.of(of("confluence", line), of("jira", line));
    }

    List<String> hostExports() {
        return line.exports();
    }

    String pluginKey() {
        return "io.plainframe." + name;
    }

    Attributes manifest() {
        try (JarFile jar = new JarFile(path.toFile())) {
            return jar.getManifest().getMainAttributes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> entries() {
        try (JarFile jar = new JarFile(path.toFile())) {
            return jar.stream().map(entry -> entry.getName()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean has(String entry) {
        return entries().contains(entry);
    }

    String text(String entry) {
        try (JarFile jar = new JarFile(path.toFile()); InputStream in = jar.getInputStream(jar.getEntry(entry))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("the " + name + " bundle has no " + entry, e);
        }
    }

    List<String> lines(String entry) {
        return Arrays.stream(text(entry).split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    Properties properties(String entry) {
        Properties properties = new Properties();
        try (JarFile jar = new JarFile(path.toFile()); InputStream in = jar.getInputStream(jar.getEntry(entry))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    Document descriptor() {
        try (JarFile jar = new JarFile(path.toFile());
             InputStream in = jar.getInputStream(jar.getEntry("atlassian-plugin.xml"))) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new AssertionError("cannot read the " + name + " descriptor", e);
        }
    }

    private static Path jar(String property) {
        String path = System.getProperty(property);
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException("run with Maven: " + property + " is " + path);
        }
        return Path.of(path);
    }

    @Override
    public String toString() {
        return name + ", " + line;
    }
}
