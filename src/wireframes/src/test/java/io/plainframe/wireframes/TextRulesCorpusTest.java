package io.plainframe.wireframes;

import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The quick text syntax and text fitting, from the corpus files the editor's script is tested against too
 * ({@code src/test/js/text-rules.test.js}, run by {@link EditorTextRulesNodeTest}): one set of cases, two languages.
 */
class TextRulesCorpusTest {

    static final Path QUICK_TEXT = Path.of("src/test/resources/quicktext-cases.json");
    static final Path TEXT_FIT = Path.of("src/test/resources/textfit-cases.json");

    @Test
    @SuppressWarnings("unchecked")
    void everyQuickTextCaseParsesAsTheCorpusSays() throws Exception {
        List<Object> cases = (List<Object>) Json.parse(Files.readString(QUICK_TEXT));
        assertThat(cases).hasSizeGreaterThan(10);
        for (Object each : cases) {
            Map<String, Object> c = (Map<String, Object>) each;
            List<Object> parsed = new ArrayList<>();
            for (QuickText.Item item : QuickText.parse((String) c.get("text"))) {
                parsed.add(json(item));
            }
            assertThat(parsed).as((String) c.get("name")).isEqualTo(c.get("items"));
        }
    }

    /** The width table and what Java makes of each case; the script must make the same. */
    @Test
    void theTextFitCorpusIsWhatTheServerComputes() throws Exception {
        String expected = Json.pretty(textFitCorpus()) + "\n";
        if (Boolean.getBoolean("plainframe.golden.update")) {
            Files.writeString(TEXT_FIT, expected); // only on request, reviewed in git
        }
        assertThat(Files.readString(TEXT_FIT)).isEqualTo(expected);
    }

    static Map<String, Object> textFitCorpus() {
        Object[][] inputs = {
            {"Already have an account? Log in", 150, 1, 14, false},
            {"Already have an account? Log in", 150, 2, 14, false},
            {"Already have an account? Log in", 220, 1, 14, false},
            {"Continue with Google", 168, 1, 14, true},
            {"Continue with Google", 78, 2, 14, true},
            {"Continue with Google", 78, 1, 14, true},
            {"Ask legal about the terms", 70, 5, 14, false},
            {"abcdefghijkl", 40, 9, 14, false},
            {"a\n\nb", 70, 9, 14, false},
            {"\t tabbed\tline", 70, 9, 14, false},
            {"\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", 15, 9, 14, false},
            {"ae\u0301io", 17, 9, 14, false},
            {"\uD83D\uDC69\u200D\uD83D\uDCBBx", 15, 9, 14, false},
            {"\u4E2D\u6587\u5B57\u7B26\u4E32 mixed \u00e9t\u00e9", 60, 3, 14, false},
            {"W", 1, 1, 14, false},
            {"Level three heading that is long", 200, 1, 18, true},
            {"<script>alert('x')</script> & \"quotes\"", 120, 2, 12, true},
            {"", 100, 1, 14, false},
            {"   leading spaces stay on the first line", 90, 4, 14, false},
            {"word " + "x".repeat(60), 100, 3, 14, false},
        };
        List<Object> cases = new ArrayList<>();
        for (Object[] in : inputs) {
            String text = (String) in[0];
            int w = (Integer) in[1];
            int lines = (Integer) in[2];
            int size = (Integer) in[3];
            boolean bold = (Boolean) in[4];
            TextFit.Fitted fitted = TextFit.fit(text, w, lines, size, bold);
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("text", text);
            c.put("width", (long) w);
            c.put("maxLines", (long) lines);
            c.put("size", (long) size);
            c.put("bold", bold);
            c.put("measured", TextFit.width(text, size, bold));
            c.put("lines", new ArrayList<Object>(fitted.lines()));
            c.put("overflow", fitted.overflow());
            cases.add(c);
        }
        Map<String, Object> corpus = new LinkedHashMap<>();
        corpus.put("glyphs", TextFit.glyphs());
        corpus.put("cases", cases);
        return corpus;
    }

    private static Map<String, Object> json(QuickText.Item item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", item.text());
        json.put("cells", new ArrayList<Object>(item.cells()));
        json.put("depth", (long) item.depth());
        json.put("selected", item.selected());
        json.put("disabled", item.disabled());
        return json;
    }
}
