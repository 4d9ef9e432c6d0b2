package io.plainframe.licensing.tool;

import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text of the tool and its issuing rules comes from a bundle, and every text of its bundle is used. */
class ToolBundleTest {

    private static final String TOOL = "/" + ToolText.BUNDLE.replace('.', '/') + ".properties";
    private static final String LICENSING = "/" + MessageBundle.LICENSING.replace('.', '/') + ".properties";
    private static final Pattern KEY_LITERAL =
            Pattern.compile("[\"']((?:plainframe|license-tool)\\.[a-z0-9.-]*[a-z0-9])[\"']");
    private static final Set<String> COMMANDS =
            Set.of("keygen", "issue", "upgrade", "renew", "inspect", "covers", "marketplace-check");

    @Test
    void everyKeyTheToolUsesIsInItsBundleOrTheCores() throws IOException {
        Set<String> missing = usedKeys();
        missing.removeAll(bundle(TOOL).stringPropertyNames());
        missing.removeAll(bundle(LICENSING).stringPropertyNames());
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyInTheToolsBundleIsUsedAndNoneIsTheCoresToo() throws IOException {
        Set<String> unused = new TreeSet<>(bundle(TOOL).stringPropertyNames());
        unused.removeAll(usedKeys());
        assertThat(unused).isEmpty();
        assertThat(bundle(TOOL).stringPropertyNames()).doesNotContainAnyElementsOf(
                bundle(LICENSING).stringPropertyNames());
    }

    @Test
    void everyTextIsAnAsciiMessageFormatWithItsApostrophesDoubled() throws IOException {
        Properties bundle = bundle(TOOL);
        assertThat(bundle).isNotEmpty();
        for (String key : bundle.stringPropertyNames()) {
            String pattern = bundle.getProperty(key);
            assertThat(pattern).as(key).doesNotContainPattern("(?<!')'(?!')").matches("\\p{ASCII}*");
            assertThat(new MessageFormat(pattern).format(new Object[] {1, 2, 3, 4})).as(key).isNotBlank();
        }
    }

    @Test
    void theIssuingRulesSpeakThroughTheToolsBundle() {
        assertThat(new ToolText().render(Message.of("plainframe.issue.renew.evaluation"))).isEqualTo(
                "An evaluation cannot be renewed. Issue a new license instead.");
        assertThat(new ToolText().render(Message.of("plainframe.license.malformed")))
                .isNotEqualTo("plainframe.license.malformed");
    }

    /** Literal keys in the main sources, and the help text of every command. */
    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        COMMANDS.forEach(command -> used.add("license-tool.help." + command));
        return used;
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ToolBundleTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
