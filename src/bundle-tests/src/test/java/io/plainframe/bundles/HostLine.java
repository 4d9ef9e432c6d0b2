package io.plainframe.bundles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a host of one Atlassian platform line exports to plugins and which Java it runs, as the bundle tests play
 * it: its system packages at their versions, and a class loader holding exactly that line's API classes (the
 * stand-ins of src/atlassian-api, jakarta-rewritten for Platform 8, and the line's servlet, JAX-RS and inject
 * APIs), so a bundle links against this line's classes and nothing else.
 *
 * <p>Versions: Platform 6 from the jars of Confluence 8.7.2 (public repository ngannk-fptu/Decompiled-Files).
 * Platform 7 and 8: SAL 6 and 7, spring-scanner 5 and 6, JAX-RS 2.1 and Jakarta RESTful Web Services 3.1 as in
 * Atlassian's own plugins for those lines (PLATFORMS.md, sections 2 and 5); the hosts' exact export versions are
 * unverified, so these are the lowest versions those sources imply. Which packages a line does NOT export is the
 * point of the tests: REST v1's annotations are gone from Platform 7 (REST v2 only reads its own), javax.* from 8.
 */
enum HostLine {

    PLATFORM_6(6, 17, List.of(
            "com.atlassian.sal.api.*;version=5.1.4",
            "com.atlassian.upm.api.*;version=6.4.1",
            "com.atlassian.plugin.spring.scanner.*;version=3.0.4",
            "com.atlassian.plugins.rest.common.security;version=7.1.9",
            "javax.inject;version=1.0.0",
            "javax.servlet;version=4.0.1",
            "javax.servlet.http;version=4.0.1",
            "javax.ws.rs;version=1.1.1",
            "javax.ws.rs.core;version=1.1.1",
            "javax.ws.rs.ext;version=1.1.1")),
    PLATFORM_7(7, 17, List.of(
            "com.atlassian.sal.api.*;version=6.0.5",
            "com.atlassian.upm.api.*;version=7.0.0",
            "com.atlassian.plugin.spring.scanner.*;version=5.0.0",
            "com.atlassian.plugins.rest.api.security.annotation;version=7.0.0",
            "javax.inject;version=1.0.0",
            "javax.servlet;version=4.0.1",
            "javax.servlet.http;version=4.0.1",
            "javax.ws.rs;version=2.1.6",
            "javax.ws.rs.core;version=2.1.6",
            "javax.ws.rs.ext;version=2.1.6")),
    PLATFORM_8(8, 21, List.of(
            "com.atlassian.sal.api.*;version=7.0.0",
            "com.atlassian.upm.api.*;version=8.0.0",
            "com.atlassian.plugin.spring.scanner.*;version=6.0.0",
            "com.atlassian.plugins.rest.api.security.annotation;version=8.0.0",
            "jakarta.inject;version=2.0.1",
            "jakarta.servlet;version=6.0.0",
            "jakarta.servlet.http;version=6.0.0",
            "jakarta.ws.rs;version=3.1.0",
            "jakarta.ws.rs.core;version=3.1.0",
            "jakarta.ws.rs.ext;version=3.1.0"));

    /** Exported by every line at whatever version (the plugins import them unversioned). */
    private static final List<String> UNVERSIONED = List.of(
            "com.atlassian.annotations.security", "com.atlassian.beehive", "com.atlassian.templaterenderer",
            "com.atlassian.webresource.api.assembler", "com.atlassian.plugin.web", "org.joda.time",
            "com.atlassian.confluence.api.service.accessmode",
            "com.atlassian.confluence.content.render.xhtml", "com.atlassian.confluence.core",
            "com.atlassian.confluence.macro", "com.atlassian.confluence.pages", "com.atlassian.confluence.security",
            "com.atlassian.confluence.user", "com.atlassian.user", "com.atlassian.user.search.page",
            "com.atlassian.user.search.query",
            "com.atlassian.jira.issue", "com.atlassian.jira.issue.attachment", "com.atlassian.jira.issue.history",
            "com.atlassian.jira.util.io", "com.atlassian.jira.web.util", "com.atlassian.jira.exception",
            "com.atlassian.jira.permission", "com.atlassian.jira.security",
            "com.atlassian.jira.security.groups", "com.atlassian.jira.security.plugin", "com.atlassian.jira.user",
            "com.atlassian.jira.user.util", "com.atlassian.jira.datetime",
            // atlassian-event and Crowd's events (both products' user directories are embedded Crowd).
            "com.atlassian.event.api", "com.atlassian.crowd.event", "com.atlassian.crowd.event.group",
            "com.atlassian.crowd.event.user", "com.atlassian.crowd.embedded.api",
            "com.atlassian.crowd.model.membership", "com.atlassian.crowd.model.user",
            // atlassian-scheduler (both products run their scheduled jobs through it).
            "com.atlassian.scheduler", "com.atlassian.scheduler.config", "com.atlassian.scheduler.status");

    private static final List<String> SAL = List.of("auth", "license", "lifecycle", "message", "page",
            "pluginsettings", "timezone", "transaction", "user", "websudo");
    private static final List<String> UPM = List.of("license", "license.entity", "util");
    private static final List<String> SCANNER = List.of("", ".annotation", ".annotation.export",
            ".annotation.imports");

    private final int number;
    private final int java;
    private final List<String> versioned;

    HostLine(int number, int java, List<String> versioned) {
        this.number = number;
        this.java = java;
        this.versioned = versioned;
    }

    int number() {
        return number;
    }

    /** The Java version the line's hosts run (Platform 8: 21 only, as Atlassian tests its own plugins). */
    int java() {
        return java;
    }

    static HostLine of(int number) {
        return Stream.of(values()).filter(line -> line.number == number).findFirst().orElseThrow();
    }

    /** The system packages, {@code name;version=x}, with the SAL, UPM and scanner families spelled out. */
    List<String> exports() {
        List<String> exports = new ArrayList<>();
        for (String entry : versioned) {
            if (entry.startsWith("com.atlassian.sal.api.*")) {
                // SAL's root package too: ApplicationProperties and UrlMode (the canonical base URL).
                exports.add("com.atlassian.sal.api" + entry.substring(entry.indexOf(';')));
                SAL.forEach(p -> exports.add("com.atlassian.sal.api." + p + entry.substring(entry.indexOf(';'))));
            } else if (entry.startsWith("com.atlassian.upm.api.*")) {
                UPM.forEach(p -> exports.add("com.atlassian.upm.api." + p + entry.substring(entry.indexOf(';'))));
            } else if (entry.startsWith("com.atlassian.plugin.spring.scanner.*")) {
                SCANNER.forEach(p -> exports.add("com.atlassian.plugin.spring.scanner" + p
                        + entry.substring(entry.indexOf(';'))));
            } else {
                exports.add(entry);
            }
        }
        exports.addAll(UNVERSIONED);
        return exports;
    }

    /**
     * A class loader with only this line's host classes (and the JDK's); {@code org.osgi} comes from the test's
     * own loader so the test and the framework share the OSGi API types.
     */
    ClassLoader hostClasses() {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(Path.of(property("host.felix")).toUri().toURL());
            urls.add(Path.of(property(number == 8 ? "host.standins.platform8" : "host.standins")).toUri().toURL());
            try (Stream<Path> apis = Files.list(Path.of(property("host.apis"), "platform" + number))) {
                for (Path api : apis.toList()) {
                    urls.add(api.toUri().toURL());
                }
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ClassLoader osgi = HostLine.class.getClassLoader();
        return new URLClassLoader("platform" + number, urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("org.osgi.")) {
                    return osgi.loadClass(name);
                }
                return super.loadClass(name, resolve);
            }
        };
    }

    static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.contains("${")) {
            throw new IllegalStateException("run with Maven: " + name + " is " + value);
        }
        return value;
    }

    @Override
    public String toString() {
        return "Platform " + number;
    }
}
