package io.plainframe.wireframes.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The wireframes' texts: every key the wireframes and both plugins' sources use exists, every key is used, scripts
 * get plain arguments, and every text is a valid MessageFormat in ASCII, as the licensing bundle's are.
 */
class WireframeBundleTest {

    private static final String BUNDLE = "/io/plainframe/wireframes/i18n/wireframes.properties";
    private static final String LICENSING = "/io/plainframe/licensing/i18n/plainframe.properties";
    private static final Pattern KEY_LITERAL = Pattern.compile("[\"'](plainframe\\.[a-z0-9.-]*[a-z0-9])[\"']");
    /** Where the keys are used: this module and the two plugins that embed it. */
    private static final List<Path> SOURCES = List.of(Path.of("src/main"), Path.of("../../confluence-plugin/src/main"),
            Path.of("../../jira-plugin/src/main"));
    /** Read by Confluence's macro browser by convention, checked by the plugins' descriptor test. */
    private static final String MACRO_BROWSER = "io.plainframe.confluence.plainframe-wireframe.";

    @Test
    void everyKeyTheSourcesUseIsInABundle() throws IOException {
        Set<String> missing = new TreeSet<>(used(false));
        missing.removeAll(bundle(BUNDLE).stringPropertyNames());
        missing.removeAll(bundle(LICENSING).stringPropertyNames());
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyOfTheBundleIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>(bundle(BUNDLE).stringPropertyNames());
        unused.removeAll(used(false));
        unused.removeIf(key -> key.startsWith(MACRO_BROWSER));
        assertThat(unused).isEmpty();
    }

    @Test
    void textsForScriptsHaveOnlyPlainArguments() throws IOException {
        Properties bundle = bundle(BUNDLE);
        Set<String> scriptKeys = used(true);
        assertThat(scriptKeys).hasSizeGreaterThan(50);
        for (String key : scriptKeys) {
            if (bundle.containsKey(key)) {
                assertThat(bundle.getProperty(key)).as(key).doesNotContain("'").doesNotContainPattern("\\{\\d+,");
            }
        }
    }

    @Test
    void everyTextIsAValidMessageFormatWithItsApostrophesDoubled() throws IOException {
        Properties bundle = bundle(BUNDLE);
        for (String key : bundle.stringPropertyNames()) {
            String pattern = bundle.getProperty(key);
            assertThat(pattern).as(key).doesNotContainPattern("(?<!')'(?!')");
            assertThat(new MessageFormat(pattern).format(new Object[] {1, 2, 3, 4})).as(key).isNotBlank();
        }
    }

    @Test
    void theBundleIsAsciiSoEveryHostReadsItAlike() throws IOException {
        try (InputStream in = WireframeBundleTest.class.getResourceAsStream(BUNDLE)) {
            for (byte b : in.readAllBytes()) {
                assertThat(b & 0xff).isLessThan(0x80);
            }
        }
    }

    /** Literal keys in the sources; only the scripts' when {@code scripts}. */
    private static Set<String> used(boolean scripts) throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".js") || !scripts
                        && (p.toString().endsWith(".java") || p.toString().endsWith(".vm")
                        || p.toString().endsWith(".xml"))).toList()) {
                    Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        return used;
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WireframeBundleTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
