package io.plainframe.licensing.atlassian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import io.plainframe.licensing.host.FakeUserDirectory;
import io.plainframe.licensing.i18n.MessageBundle;
import io.plainframe.licensing.web.TemplateTexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin page's template calls no method (Confluence 9 and Jira 10 block calls not on their allowlist): the
 * servlet hands it escaped strings only, one for every variable it uses, every text from the bundle.
 */
class AdminPageTemplateTest {

    /** A reference in the template: $name, ${name}, $!name or $!{name}, not escaped with a backslash. */
    private static final Pattern REFERENCE = Pattern.compile("(?<!\\\\)\\$!?\\{?([A-Za-z][A-Za-z0-9_]*)");
    private static final MessageBundle ENGLISH = MessageBundle.english(MessageBundle.LICENSING);

    private final PlainframeHost host = mock(PlainframeHost.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    /** Texts a test gives instead of the English bundle's. */
    private final Map<String, String> translated = new HashMap<>();

    @BeforeEach
    void hostSpeaksEnglish() {
        when(host.i18n()).thenReturn(i18n);
        when(host.runtime()).thenReturn(RuntimeForTests.runtime(new FakeUserDirectory()));
        when(i18n.getText(anyString())).thenAnswer(call -> text(call.getArgument(0)));
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(call -> {
            Object[] all = call.getArguments();
            return text((String) all[0], Arrays.copyOfRange(all, 1, all.length));
        });
    }

    @Test
    void theTemplateGetsOnlyEscapedStringsWhoseNamesSayThey() {
        Map<String, Object> context = context();
        assertThat(context).isNotEmpty().doesNotContainKey("i18n");
        assertThat(context).allSatisfy((name, value) -> {
            assertThat(name).endsWith("Html");
            assertThat(value).isInstanceOf(String.class);
        });
    }

    @Test
    void everyVariableTheTemplateUsesIsFilledAndEveryValueIsUsed() throws IOException {
        assertThat(new TreeSet<>(context().keySet())).isEqualTo(references(template()));
    }

    @Test
    void everyTextIsTheBundlesWithNoArgumentLeftUnfilled() {
        Map<String, Object> context = context();
        assertThat(AdminPageTexts.KEYS).doesNotHaveDuplicates().allSatisfy(key -> {
            assertThat(ENGLISH.has(key)).as(key).isTrue();
            assertThat((String) context.get(TemplateTexts.variable(key))).as(key).isNotBlank()
                    .isNotEqualTo(key).doesNotContainPattern("\\{\\d");
        });
        assertThat(context).containsEntry("text_plainframe_admin_key_previewHtml", "Preview");
        assertThat((String) context.get("seatsHtml")).doesNotContainPattern("\\{\\d");
    }

    @Test
    void textsAreEscapedForTheHtmlTheyLandIn() {
        translated.put("plainframe.admin.title", "<Plainframe> & \"co\"");
        assertThat(context()).containsEntry("text_plainframe_admin_titleHtml",
                "&lt;Plainframe&gt; &amp; &quot;co&quot;");
    }

    private String text(String key, Object... arguments) {
        return translated.containsKey(key) ? translated.get(key) : ENGLISH.text(key, arguments);
    }

    private Map<String, Object> context() {
        return new PlainframeAdminServlet(host).context("/wiki");
    }

    /** The variables the template refers to, Velocity comments left out. */
    private static Set<String> references(String template) {
        Set<String> names = new TreeSet<>();
        for (String line : template.replaceAll("(?s)#\\*.*?\\*#", "").split("\n")) {
            Matcher matcher = REFERENCE.matcher(line.replaceAll("##.*", ""));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    private static String template() throws IOException {
        try (InputStream in = AdminPageTemplateTest.class.getClassLoader()
                .getResourceAsStream(PlainframeAdminServlet.TEMPLATE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
