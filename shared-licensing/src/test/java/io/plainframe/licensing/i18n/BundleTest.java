package io.plainframe.licensing.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.access.AccessReason;
import io.plainframe.licensing.access.GoverningReason;
import io.plainframe.licensing.admin.ChangeCode;
import io.plainframe.licensing.admin.LicenseLoss;
import io.plainframe.licensing.admin.PreviewEffect;
import io.plainframe.licensing.audit.AuditAction;
import io.plainframe.licensing.check.LicenseCode;
import io.plainframe.licensing.check.LicenseWarning;
import io.plainframe.licensing.host.MarketplaceLicenseError;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text comes from a bundle: every key used exists, every key exists for a reason, every text renders. */
class BundleTest {

    private static final String LICENSING = "/io/plainframe/licensing/i18n/plainframe.properties";
    /** Keys the plugins' descriptors use; the plugins' descriptor test checks those. */
    private static final List<String> DESCRIPTOR_KEYS = List.of("plainframe.admin.menu",
            "plainframe.plugin.", "plainframe.rest.");
    private static final Pattern KEY_LITERAL =
            Pattern.compile("[\"'](plainframe\\.[a-z0-9.-]*[a-z0-9])[\"']");

    @Test
    void everyKeyTheCodeUsesIsInItsBundle() throws IOException {
        Set<String> missing = new TreeSet<>(usedKeys());
        missing.removeAll(bundle(LICENSING).stringPropertyNames());
        assertThat(missing).isEmpty();
    }

    @Test
    void textsForScriptsHaveOnlyPlainArgumentsBecauseTheHostsFormatReadsThem() throws IOException {
        Properties bundle = bundle(LICENSING);
        Set<String> scriptKeys = new TreeSet<>();
        try (Stream<Path> scripts = Files.walk(Path.of("src/main/resources"))) {
            for (Path script : scripts.filter(p -> p.toString().endsWith(".js")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(script));
                while (matcher.find()) {
                    scriptKeys.add(matcher.group(1));
                }
            }
        }
        assertThat(scriptKeys).isNotEmpty();
        for (String key : scriptKeys) {
            assertThat(bundle.getProperty(key)).as(key).doesNotContain("'").doesNotContainPattern("\\{\\d+,");
        }
    }

    @Test
    void everyKeyInTheBundlesIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>(bundle(LICENSING).stringPropertyNames());
        unused.removeAll(usedKeys());
        unused.removeIf(key -> DESCRIPTOR_KEYS.stream().anyMatch(key::startsWith));
        assertThat(unused).isEmpty();
    }

    @Test
    void everyTextIsAValidMessageFormatWithItsApostrophesDoubled() throws IOException {
        Properties bundle = bundle(LICENSING);
        for (String key : bundle.stringPropertyNames()) {
            String pattern = bundle.getProperty(key);
            assertThat(pattern).as(key).doesNotContainPattern("(?<!')'(?!')");
            Object[] arguments = {1, 2, 3, 4};
            assertThat(new MessageFormat(pattern).format(arguments)).as(key).isNotBlank();
        }
    }

    @Test
    void theBundleIsAsciiSoEveryHostReadsItAlike() throws IOException {
        try (InputStream in = BundleTest.class.getResourceAsStream(LICENSING)) {
            byte[] bytes = in.readAllBytes();
            for (byte b : bytes) {
                assertThat(b & 0xff).as(LICENSING).isLessThan(0x80);
            }
        }
    }

    @Test
    void theBundleRendersWithArguments() {
        MessageBundle english = MessageBundle.english(MessageBundle.LICENSING);
        assertThat(english.render(Message.of("plainframe.license.wrong-product", "Jira", "Confluence")))
                .isEqualTo("This key is for Jira, not Confluence. "
                        + "Enter it in Jira, or ask Plainframe for a Confluence key.");
        assertThat(english.render(Message.of("no.such.key"))).isEqualTo("no.such.key");
    }

    @Test
    void messageArgumentsAreTextOrWholeNumbers() {
        assertThat(Message.of("k", LocalDate.of(2026, 1, 2), 3, 4L).arguments())
                .containsExactly("2026-01-02", 3, 4L);
        assertThatThrownBy(() -> new Message("k", List.of(1.5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Literal keys in the main sources, and the keys built from codes and command names. */
    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Stream.concat(Files.walk(Path.of("src/main/java")),
                Files.walk(Path.of("src/main/resources")))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".vm")
                    || p.toString().endsWith(".js")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        Arrays.stream(LicenseCode.values()).map(LicenseCode::i18nKey).forEach(used::add);
        Arrays.stream(LicenseWarning.values()).map(LicenseWarning::i18nKey).forEach(used::add);
        Arrays.stream(AccessReason.values()).map(AccessReason::i18nKey).forEach(used::add);
        Arrays.stream(AccessReason.values()).filter(reason -> !reason.aboutContent()).map(AccessReason::seatI18nKey)
                .forEach(used::add);
        Arrays.stream(GoverningReason.values()).map(GoverningReason::i18nKey).forEach(used::add);
        Arrays.stream(ChangeCode.values()).filter(code -> code != ChangeCode.DONE).map(ChangeCode::i18nKey)
                .forEach(used::add);
        Arrays.stream(MarketplaceLicenseError.values()).map(MarketplaceLicenseError::i18nKey).forEach(used::add);
        Arrays.stream(LicenseLoss.values()).map(LicenseLoss::i18nKey).forEach(used::add);
        Arrays.stream(PreviewEffect.values()).map(PreviewEffect::i18nKey).forEach(used::add);
        for (AuditAction action : AuditAction.values()) {
            used.add(action.i18nKey());
            if (action.name().startsWith("EDITOR_")) {
                used.add(action.i18nKey() + ".many");
            }
            if (action == AuditAction.EDITOR_ADDED || action == AuditAction.EDITOR_REMOVED) {
                used.add(action.i18nKey() + ".many.group");
            }
        }
        return used;
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
