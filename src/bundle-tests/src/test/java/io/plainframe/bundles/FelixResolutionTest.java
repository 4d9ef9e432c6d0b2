package io.plainframe.bundles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * Each of the six jars in an Apache Felix playing a host of each platform line (HostLine): on its own line it
 * resolves, starts, every type any of its classes names links against that line's classes, and every field and
 * method its code uses exists there with the same descriptor (as the JVM resolves them on first use); on the other
 * two lines, and on a Java older than its line's, it is refused with the reason named, so a customer who picks the
 * wrong jar gets an install error rather than a half-enabled plugin.
 */
class FelixResolutionTest {

    @TempDir
    Path storage;

    static List<PluginJar> jars() {
        return PluginJar.all();
    }

    @ParameterizedTest
    @MethodSource("jars")
    void aJarResolvesOnItsOwnLineAndEveryTypeItsClassesNameLinks(PluginJar plugin) throws Exception {
        try (HostFramework host = HostFramework.start(plugin.line(), plugin.hostExports(), plugin.line().java(),
                storage)) {
            Bundle bundle = host.install(plugin.path());
            bundle.start();
            assertThat(bundle.getState()).isEqualTo(Bundle.ACTIVE);
            Links links = links(bundle, classFiles(plugin.path()));
            assertThat(links.classes()).isGreaterThan(100);
            assertThat(links.members()).as("fields and methods the code uses").isGreaterThan(1_000);
            links.assertAllLink();
        }
    }

    @ParameterizedTest
    @MethodSource("jars")
    void aJarIsRefusedByTheOtherLinesNamingWhatTheyLack(PluginJar plugin) throws Exception {
        assertRefusedByTheOtherLines(plugin.toString(), plugin.path(), plugin.line());
    }

    private void assertRefusedByTheOtherLines(String name, Path jar, HostLine line) throws Exception {
        for (HostLine other : HostLine.values()) {
            if (other == line) {
                continue;
            }
            try (HostFramework host = HostFramework.start(other, other.exports(), 21, storage)) {
                Bundle bundle = host.install(jar);
                assertThatThrownBy(bundle::start).as(name + " on " + other).isInstanceOf(BundleException.class)
                        .hasMessageContaining("missing requirement")
                        .hasMessageMatching("(?s).*(javax\\.ws\\.rs|jakarta\\.|javax\\.servlet|javax\\.inject"
                                + "|com\\.atlassian\\.plugins\\.rest).*");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("jars")
    void aHostOnAnOlderJavaThanTheLineRequiresRefusesTheJarNamingJava(PluginJar plugin) throws Exception {
        assertRefusedOnAnOlderJava(plugin.path(), plugin.line());
    }

    private void assertRefusedOnAnOlderJava(Path jar, HostLine line) throws Exception {
        int older = line == HostLine.PLATFORM_8 ? 17 : 11;
        try (HostFramework host = HostFramework.start(line, line.exports(), older, storage)) {
            Bundle bundle = host.install(jar);
            assertThatThrownBy(bundle::start).isInstanceOf(BundleException.class)
                    .hasMessageContaining("osgi.ee").hasMessageContaining("JavaSE");
        }
    }

    /**
     * The negative control of the refusal check: Platform 8's jar with its manifest no longer importing what only
     * its line has (servlet, JAX-RS, inject, REST v2) starts on the other lines, and the check fails.
     */
    @Test
    void aJarImportingNothingOnlyItsLineHasFailsTheRefusalCheck() throws Exception {
        PluginJar plugin = PluginJar.of("jira", HostLine.PLATFORM_8);
        Path planted = PlantedBundles.withManifest(plugin.path(), storage.resolve("common-imports.jar"),
                manifest -> manifest.putValue("Import-Package", Arrays.stream(manifest.getValue("Import-Package")
                        .split(",(?=[a-z])")).filter(entry -> !entry.startsWith("jakarta.")
                        && !entry.startsWith("com.atlassian.plugins.rest")).collect(Collectors.joining(","))));
        assertThatThrownBy(() -> assertRefusedByTheOtherLines("planted", planted, HostLine.PLATFORM_8))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Expecting code to raise a throwable");
    }

    /** The negative control of the older-Java check: the jar without its osgi.ee requirement fails it. */
    @Test
    void aJarWithoutItsJavaRequirementFailsTheOlderJavaCheck() throws Exception {
        PluginJar plugin = PluginJar.of("jira", HostLine.PLATFORM_8);
        Path planted = PlantedBundles.withManifest(plugin.path(), storage.resolve("any-java.jar"),
                manifest -> manifest.remove(new Attributes.Name("Require-Capability")));
        assertThatThrownBy(() -> assertRefusedOnAnOlderJava(planted, HostLine.PLATFORM_8))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Expecting code to raise a throwable");
    }

    @ParameterizedTest
    @MethodSource("jars")
    void withoutAPackageTheHostLacksTheBundleDoesNotResolveAndSaysWhich(PluginJar plugin) throws Exception {
        String product = plugin.name().equals("jira") ? "com.atlassian.jira.issue" : "com.atlassian.confluence.pages";
        String servlet = plugin.line() == HostLine.PLATFORM_8 ? "jakarta.servlet.http" : "javax.servlet.http";
        for (String dropped : List.of("com.atlassian.sal.api.user", "com.atlassian.upm.api.license", product,
                servlet)) {
            List<String> exports = plugin.hostExports().stream()
                    .filter(p -> !p.startsWith(dropped + ";") && !p.equals(dropped)).toList();
            try (HostFramework host = HostFramework.start(plugin.line(), exports, plugin.line().java(), storage)) {
                Bundle bundle = host.install(plugin.path());
                assertThatThrownBy(bundle::start).isInstanceOf(BundleException.class)
                        .hasMessageContaining("missing requirement").hasMessageContaining(dropped);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("jars")
    void aHostWithAnOlderSalThanSupportedIsRefused(PluginJar plugin) throws Exception {
        List<String> exports = plugin.hostExports().stream()
                .map(p -> p.startsWith("com.atlassian.sal.api.user;") ? "com.atlassian.sal.api.user;version=3.0.0" : p)
                .toList();
        try (HostFramework host = HostFramework.start(plugin.line(), exports, plugin.line().java(), storage)) {
            Bundle bundle = host.install(plugin.path());
            assertThatThrownBy(bundle::start).hasMessageContaining("com.atlassian.sal.api.user");
        }
    }

    /** The negative control of the linking check: a type no line supplies is reported, not passed over. */
    @Test
    void theLinkingCheckReportsATypeTheLineCannotSupply() throws Exception {
        PluginJar plugin = PluginJar.of("jira", HostLine.PLATFORM_8);
        try (HostFramework host = HostFramework.start(plugin.line(), plugin.hostExports(), 21, storage)) {
            Bundle bundle = host.install(plugin.path());
            bundle.start();
            assertThatThrownBy(() -> bundle.loadClass("javax.servlet.http.HttpServletRequest"))
                    .isInstanceOf(ClassNotFoundException.class);
            assertThat(bundle.loadClass("jakarta.servlet.http.HttpServletRequest")).isNotNull();
        }
    }

    /**
     * The negative control of the linking loop itself: a bundle whose code names a javax type and calls a method
     * Platform 8's servlet API lacks resolves and starts (neither is linked before the code runs), and the loop
     * that passes the six jars reports both, so the check fails.
     */
    @Test
    void theLinkingLoopReportsAPlantedClassNamingATypeAndAMethodTheLineLacks() throws Exception {
        Path jar = PlantedBundles.compiled(storage, "planted.links", "jakarta.servlet.http", Map.of(
                "planted/Planted.java", """
                        package planted;
                        public class Planted {
                            public Object javax() {
                                return javax.servlet.http.HttpServletRequest.class;
                            }
                            public String missing(jakarta.servlet.http.HttpServletRequest request) {
                                return request.getNothing();
                            }
                        }
                        """), Map.of("jakarta/servlet/http/HttpServletRequest.java", """
                        package jakarta.servlet.http;
                        public interface HttpServletRequest {
                            String getNothing();
                        }
                        """, "javax/servlet/http/HttpServletRequest.java", """
                        package javax.servlet.http;
                        public interface HttpServletRequest {
                        }
                        """));
        try (HostFramework host = HostFramework.start(HostLine.PLATFORM_8, HostLine.PLATFORM_8.exports(), 21,
                storage)) {
            Bundle bundle = host.install(jar);
            bundle.start();
            Links links = links(bundle, classFiles(jar));
            assertThat(links.unlinked()).containsExactly("planted.Planted -> javax/servlet/http/HttpServletRequest");
            assertThat(links.unlinkedMembers()).containsExactly(
                    "planted.Planted -> jakarta.servlet.http.HttpServletRequest#getNothing()Ljava/lang/String;");
            assertThatThrownBy(links::assertAllLink).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("types named in the bytecode that this line cannot supply");
            assertThatThrownBy(new Links(1, 1, List.of(), links.unlinkedMembers())::assertAllLink)
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("fields and methods the code uses that this line lacks");
        }
    }

    /** The negative control of the member check: a method the line lacks, or with another descriptor, fails. */
    @Test
    void theMemberCheckReportsAMethodTheLineLacksOrDeclaresOtherwise() throws Exception {
        PluginJar plugin = PluginJar.of("jira", HostLine.PLATFORM_8);
        try (HostFramework host = HostFramework.start(plugin.line(), plugin.hostExports(), 21, storage)) {
            Bundle bundle = host.install(plugin.path());
            bundle.start();
            Class<?> request = bundle.loadClass("jakarta.servlet.http.HttpServletRequest");
            assertThat(MemberLinks.resolves(request, new ClassReferences.Member(false,
                    "jakarta/servlet/http/HttpServletRequest", "getHeader", "(Ljava/lang/String;)Ljava/lang/String;")))
                    .as("a method the line has").isTrue();
            assertThat(MemberLinks.resolves(request, new ClassReferences.Member(false,
                    "jakarta/servlet/http/HttpServletRequest", "getHeader", "(Ljava/lang/String;)Ljava/lang/Object;")))
                    .as("the same name with another return type").isFalse();
            assertThat(MemberLinks.resolves(request, new ClassReferences.Member(false,
                    "jakarta/servlet/http/HttpServletRequest", "getNothing", "()V"))).as("a method it lacks")
                    .isFalse();
            assertThat(MemberLinks.resolves(request, new ClassReferences.Member(false,
                    "jakarta/servlet/http/HttpServletRequest", "hashCode", "()I"))).as("Object's, on an interface")
                    .isTrue();
        }
    }

    /** What linking a bundle's classes found: how many classes and members were tried, and what did not link. */
    record Links(int classes, int members, List<String> unlinked, List<String> unlinkedMembers) {

        void assertAllLink() {
            assertThat(unlinked).as("types named in the bytecode that this line cannot supply").isEmpty();
            assertThat(unlinkedMembers).as("fields and methods the code uses that this line lacks").isEmpty();
        }
    }

    /** Loads each class and every type, field and method its bytecode names through the bundle's class loader. */
    static Links links(Bundle bundle, List<ClassFile> files) throws ClassNotFoundException {
        List<String> unlinked = new ArrayList<>();
        List<String> unlinkedMembers = new ArrayList<>();
        int classes = 0;
        int members = 0;
        for (ClassFile file : files) {
            bundle.loadClass(file.name()).getDeclaredMethods();
            classes++;
            for (String type : file.references().types()) {
                try {
                    bundle.loadClass(type.replace('/', '.'));
                } catch (ClassNotFoundException | NoClassDefFoundError e) {
                    unlinked.add(file.name() + " -> " + type);
                }
            }
            for (ClassReferences.Member member : file.references().members()) {
                if (member.owner().startsWith("[")) {
                    continue; // clone() of an array
                }
                members++;
                try {
                    if (!MemberLinks.resolves(bundle.loadClass(member.owner().replace('/', '.')), member)) {
                        unlinkedMembers.add(file.name() + " -> " + member);
                    }
                } catch (ClassNotFoundException | NoClassDefFoundError e) {
                    unlinkedMembers.add(file.name() + " -> " + member + " (" + e + ")");
                }
            }
        }
        return new Links(classes, members, unlinked, unlinkedMembers);
    }

    record ClassFile(String name, ClassReferences references) {
    }

    static List<ClassFile> classFiles(PluginJar plugin) throws IOException {
        return classFiles(plugin.path());
    }

    static List<ClassFile> classFiles(Path path) throws IOException {
        List<ClassFile> files = new ArrayList<>();
        try (JarFile jar = new JarFile(path.toFile())) {
            for (JarEntry entry : jar.stream().filter(e -> e.getName().endsWith(".class")
                    && !e.getName().endsWith("package-info.class")).toList()) {
                try (InputStream in = jar.getInputStream(entry)) {
                    String name = entry.getName();
                    files.add(new ClassFile(name.substring(0, name.length() - 6).replace('/', '.'),
                            ClassReferences.of(in.readAllBytes())));
                }
            }
        }
        return files;
    }

    static Stream<String> texts(PluginJar plugin) throws IOException {
        return classFiles(plugin).stream().flatMap(file -> file.references().texts().stream());
    }
}
