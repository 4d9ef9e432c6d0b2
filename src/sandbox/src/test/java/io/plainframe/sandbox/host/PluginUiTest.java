package io.plainframe.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.templaterenderer.TemplateRenderer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Plugin templates render as strictly as under the method allowlist of Confluence 9 and Jira 10 with nothing
 * allowlisted: a call does not happen, its reference stays unresolved, and the refusal is logged and kept.
 */
class PluginUiTest {

    private final PluginUi ui = new PluginUi(PluginUiTest.class.getClassLoader(), List.of());
    private final TemplateRenderer templates = ui.templates();
    private final Editor editor = new Editor();

    @Test
    void aMethodCallIsRefusedAndRendersAsTheHostsDo() throws Exception {
        String page = templates.renderFragment("io/plainframe/sandbox/host/calls-a-method.vm",
                Map.of("editor", editor));

        assertThat(page).isEqualTo("<p>$editor.getName()</p><p></p>\n");
        assertThat(editor.calls).as("the method never ran").isZero();
        assertThat(ui.refusedCalls()).containsExactly(
                "io/plainframe/sandbox/host/calls-a-method.vm:1: " + Editor.class.getName() + ".getName()",
                "io/plainframe/sandbox/host/calls-a-method.vm:1: " + Editor.class.getName() + ".getName()");
    }

    @Test
    void propertiesIndexesSettersAndJdkMethodsAreRefusedToo() throws Exception {
        String page = templates.renderFragment("io/plainframe/sandbox/host/reads-properties.vm", Map.of(
                "editor", editor, "editors", List.of(editor), "names", Map.of("first", "Ann"), "text", "Ann"));

        assertThat(page).isEqualTo("$editor.name||$editors[0]|$names.first|$text.length()|$editor.name\n");
        assertThat(editor.calls).isZero();
        assertThat(ui.refusedCalls()).hasSize(7).allSatisfy(call -> assertThat(call)
                .startsWith("io/plainframe/sandbox/host/reads-properties.vm:"))
                .anySatisfy(call -> assertThat(call).endsWith(Editor.class.getName() + ".name ="))
                .anySatisfy(call -> assertThat(call).endsWith("java.lang.String.length()"));
    }

    @Test
    void plainVariablesDirectivesAndIterationRenderAsAlways() throws Exception {
        String page = templates.renderFragment("io/plainframe/sandbox/host/calls-nothing.vm", Map.of(
                "titleHtml", "Plainframe", "namesHtml", List.of("Ann", "Bob")));

        assertThat(page).isEqualTo("Plainframe Plainframe  yes [Ann][Bob] Plainframe\n");
        assertThat(ui.refusedCalls()).isEmpty();
    }

    @Test
    void textsFetchedThroughTheHostsI18nResolverAreRefusedLikeAnyOtherCall() throws Exception {
        PluginUi plainframe = new PluginUi(PluginUiTest.class.getClassLoader(),
                List.of("io.plainframe.licensing.i18n.plainframe"));
        String page = plainframe.templates().renderFragment("io/plainframe/sandbox/host/texts-through-i18n.vm",
                Map.of("i18n", plainframe.i18n()));

        assertThat(plainframe.text("plainframe.admin.title")).isEqualTo("Plainframe");
        assertThat(page).isEqualTo("<title>$i18n.getText(\"plainframe.admin.title\")</title>\n");
        assertThat(plainframe.refusedCalls()).hasSize(1);
    }

    /** A plugin's object; public, so only the allowlist stops a template calling it. */
    public static final class Editor {
        private int calls;

        public String getName() {
            calls++;
            return "Ann";
        }

        public void setName(String name) {
            calls++;
        }
    }
}
