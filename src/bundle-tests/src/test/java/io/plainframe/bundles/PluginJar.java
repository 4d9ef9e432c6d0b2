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
 * One built plugin jar and what a host reads from it, plus the packages that host exports.
 *
 * @param name          confluence or jira
 * @param path          the jar
 * @param hostExports   the system packages of a Confluence 8.5+ or Jira 9.12+ as Felix should see them
 */
record PluginJar(String name, Path path, List<String> hostExports) {

    /** What both hosts export that the plugins use, at the versions bundled with Confluence 8.7.2. */
    private static final List<String> PLATFORM = List.of(
            "com.atlassian.sal.api.auth;version=5.1.4",
            "com.atlassian.sal.api.license;version=5.1.4",
            "com.atlassian.sal.api.lifecycle;version=5.1.4",
            "com.atlassian.sal.api.message;version=5.1.4",
            "com.atlassian.sal.api.page;version=5.1.4",
            "com.atlassian.sal.api.pluginsettings;version=5.1.4",
            "com.atlassian.sal.api.transaction;version=5.1.4",
            "com.atlassian.sal.api.user;version=5.1.4",
            "com.atlassian.sal.api.websudo;version=5.1.4",
            "com.atlassian.upm.api.license;version=6.4.1",
            "com.atlassian.upm.api.license.entity;version=6.4.1",
            "com.atlassian.upm.api.util;version=6.4.1",
            "com.atlassian.beehive;version=5.0.1",
            // The access annotations: REST v1's (atlassian-rest-module 7.1.9) and atlassian-annotations' (4.0.1).
            "com.atlassian.plugins.rest.common.security;version=7.1.9",
            "com.atlassian.annotations.security;version=4.0.1",
            "com.atlassian.plugin.spring.scanner;version=3.0.4",
            "com.atlassian.plugin.spring.scanner.annotation;version=3.0.4",
            "com.atlassian.plugin.spring.scanner.annotation.export;version=3.0.4",
            "com.atlassian.plugin.spring.scanner.annotation.imports;version=3.0.4",
            "com.atlassian.templaterenderer;version=5.0.4",
            "com.atlassian.webresource.api.assembler;version=6.1.1",
            "javax.inject;version=1.0.0",
            "javax.servlet;version=4.0.1",
            "javax.servlet.http;version=4.0.1",
            "javax.ws.rs;version=1.1.1",
            "javax.ws.rs.core;version=1.1.1",
            "javax.ws.rs.ext;version=1.1.1",
            "org.joda.time;version=2.12.7");

    static PluginJar confluence() {
        return new PluginJar("confluence", jar("bundle.confluence"), with(
                "com.atlassian.confluence.content.render.xhtml", "com.atlassian.confluence.core",
                "com.atlassian.confluence.macro", "com.atlassian.confluence.pages", "com.atlassian.confluence.security",
                "com.atlassian.confluence.user", "com.atlassian.user", "com.atlassian.user.search.page"));
    }

    static PluginJar jira() {
        return new PluginJar("jira", jar("bundle.jira"), with(
                "com.atlassian.jira.issue", "com.atlassian.jira.permission", "com.atlassian.jira.security",
                "com.atlassian.jira.security.groups", "com.atlassian.jira.security.plugin", "com.atlassian.jira.user",
                "com.atlassian.jira.user.util", "com.atlassian.plugin.web"));
    }

    static List<PluginJar> both() {
        return List.of(confluence(), jira());
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

    private static List<String> with(String... productPackages) {
        List<String> exports = new ArrayList<>(PLATFORM);
        exports.addAll(List.of(productPackages));
        return exports;
    }

    @Override
    public String toString() {
        return name;
    }
}
