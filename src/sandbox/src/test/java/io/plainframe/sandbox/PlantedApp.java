package io.plainframe.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A planted app for one platform line, compiled here against that line's APIs (the jars the sandbox carries for it)
 * and installed with {@code --app}: a REST resource with an endpoint per case at {@code /rest/planted/1.0} and a
 * servlet without an annotation at {@code /plugins/servlet/planted}, so the host's rules can be seen at work.
 */
final class PlantedApp {

    private static final String RESOURCE = """
            package planted;

            import javax.ws.rs.GET;
            import javax.ws.rs.Path;
            import javax.ws.rs.Produces;

            @Path("/")
            @Produces("application/json")
            public class PlantedResource {
                @GET
                @Path("none")
                public String none() {
                    return "{\\"planted\\":\\"none\\"}";
                }

                @GET
                @Path("unrestricted")
                @ANNOTATIONS.UnrestrictedAccess
                public String unrestricted() {
                    return "{\\"planted\\":\\"unrestricted\\"}";
                }

                @GET
                @Path("admin")
                @ANNOTATIONS.AdminOnly
                public String admin() {
                    return "{\\"planted\\":\\"admin\\"}";
                }
            }
            """;
    private static final String SERVLET = """
            package planted;

            import java.io.IOException;
            import javax.servlet.http.HttpServlet;
            import javax.servlet.http.HttpServletRequest;
            import javax.servlet.http.HttpServletResponse;

            public class PlantedServlet extends HttpServlet {
                @Override
                protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                    response.setContentType("text/plain");
                    response.getWriter().write("planted servlet");
                }
            }
            """;
    private static final String DESCRIPTOR = """
            <atlassian-plugin key="io.plainframe.planted" name="Planted" plugins-version="2">
                <resource type="i18n" name="i18n" location="planted.i18n"/>
                <rest key="planted-rest" path="/planted" version="1.0">
                    <package>planted</package>
                </rest>
                <servlet key="planted-servlet" class="planted.PlantedServlet">
                    <url-pattern>/planted</url-pattern>
                </servlet>
            </atlassian-plugin>
            """;

    private PlantedApp() {
    }

    /** The planted app's jar for a line, built in a folder of its own under {@code parent}. */
    static Path jar(int line, Path parent) throws IOException {
        Path work = Files.createTempDirectory(parent, "planted-app-");
        Path sources = Files.createDirectories(work.resolve("src/planted"));
        String namespace = line == 8 ? "jakarta" : "javax";
        String annotations = line == 6 ? "com.atlassian.plugins.rest.common.security"
                : "com.atlassian.plugins.rest.api.security.annotation";
        Files.writeString(sources.resolve("PlantedResource.java"), RESOURCE.replace("javax.", namespace + ".")
                .replace("ANNOTATIONS", annotations));
        Files.writeString(sources.resolve("PlantedServlet.java"), SERVLET.replace("javax.", namespace + "."));
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(),
                "-cp", String.join(java.io.File.pathSeparator, apis(line))));
        try (Stream<Path> files = Files.list(sources)) {
            files.forEach(file -> arguments.add(file.toString()));
        }
        if (javac.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the planted app did not compile for Platform " + line);
        }
        Path jar = work.resolve("planted-platform" + line + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "atlassian-plugin.xml", DESCRIPTOR.getBytes(StandardCharsets.UTF_8));
            put(out, "planted/i18n.properties", "planted.name=Planted\n".getBytes(StandardCharsets.ISO_8859_1));
            for (String name : List.of("PlantedResource", "PlantedServlet")) {
                put(out, "planted/" + name + ".class", Files.readAllBytes(classes.resolve("planted/" + name
                        + ".class")));
            }
        }
        return jar;
    }

    /** The line's JAX-RS, servlet and Atlassian API jars: this class path's on 6, the sandbox's worlds on 7 and 8. */
    private static List<String> apis(int line) {
        Path worlds = Path.of("target", "classes", "worlds");
        return switch (line) {
            case 6 -> List.of(home(javax.ws.rs.Path.class), home(javax.servlet.Servlet.class),
                    home(com.atlassian.sal.api.user.UserManager.class));
            case 7 -> List.of(only(worlds.resolve("jersey2"), "jakarta.ws.rs-api-"), home(javax.servlet.Servlet.class),
                    home(com.atlassian.sal.api.user.UserManager.class));
            default -> List.of(only(worlds.resolve("jakarta"), "jakarta.ws.rs-api-"),
                    only(worlds.resolve("jakarta"), "jakarta.servlet-api-"),
                    only(worlds.resolve("jakarta"), "plainframe-atlassian-api-"));
        };
    }

    private static String home(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String only(Path folder, String prefix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + prefix + "* in " + folder)).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
