package io.plainframe.wireframes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The templates a new wireframe may start from live once, in the editor's script; every one of them must be a
 * document the server accepts, so choosing a template and saving never meets a refusal.
 */
class TemplatesTest {

    private static final Path SCRIPT = Path.of("src/main/resources/io/plainframe/wireframes/web/"
            + "plainframe-editor-templates.js");

    @Test
    void everyTemplateIsADocumentTheServerAccepts() throws IOException {
        Map<String, Object> templates = templates(Files.readString(SCRIPT));
        assertThat(templates).containsOnlyKeys("sign-in", "dashboard", "mobile", "settings");
        for (Map.Entry<String, Object> template : templates.entrySet()) {
            Wireframe wireframe = WireframeFormat.read(Json.write(template.getValue()));
            assertThat(wireframe.controls()).as(template.getKey()).hasSizeGreaterThanOrEqualTo(6);
            assertThat(SvgRenderer.render(wireframe, template.getKey())).as(template.getKey()).contains("<svg");
        }
    }

    /** The negative control: a template with a control off its canvas is refused by the same check. */
    @Test
    void aTemplateWithAControlOffTheCanvasWouldBeRefused() throws IOException {
        String broken = Files.readString(SCRIPT).replace("\"x\": 80, \"y\": 24, \"width\": 800",
                "\"x\": 880, \"y\": 24, \"width\": 800");
        Object signIn = templates(broken).get("sign-in");
        assertThatThrownBy(() -> WireframeFormat.read(Json.write(signIn)))
                .isInstanceOf(InvalidWireframeException.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> templates(String script) {
        int start = script.indexOf("/* templates-json-start */") + "/* templates-json-start */".length();
        int end = script.indexOf("/* templates-json-end */");
        assertThat(start).as("the start marker").isGreaterThan(30);
        return (Map<String, Object>) Json.parse(script.substring(start, end));
    }
}
