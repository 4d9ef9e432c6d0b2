package io.plainframe.wireframes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.plainframe.licensing.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A wireframe is checked completely before it is stored; the first problem is named with its JSON path. */
class WireframeFormatTest {

    static String golden(String name) {
        try (InputStream in = WireframeFormatTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDocumentWithEveryKindOfControlReadsAndWritesBackTheSame() {
        Wireframe every = WireframeFormat.read(golden("every-control.json"));
        assertThat(every.controls()).extracting(Control::type).containsAll(List.of(ControlType.values()));
        assertThat(WireframeFormat.read(WireframeFormat.write(every))).isEqualTo(every);

        Wireframe wireframe = WireframeFormat.read(golden("sign-up.json"));
        assertThat(wireframe.controls().get(4).options()).containsExactly("Free", "Team", "Enterprise");
        assertThat(wireframe.controls().get(5).checked()).isTrue();
        assertThat(wireframe.controls().get(10).cells()).hasSize(3);
        String written = WireframeFormat.write(wireframe);
        assertThat(WireframeFormat.read(written)).isEqualTo(wireframe);
        assertThat(WireframeFormat.write(WireframeFormat.read(written))).isEqualTo(written);
    }

    /** The icon set is the pinned Lucide subset the editor loads too, with its licence beside it. */
    @Test
    void theIconSetHasOverAHundredIconsAndItsLicence() {
        assertThat(IconSet.names()).hasSizeGreaterThan(100).contains("star", "search", "user", "house");
        assertThat(IconSet.shapes("star")).extracting(IconSet.Shape::tag).containsExactly("path");
        assertThat(IconSet.shapes("no-such-icon")).isEmpty();
        assertThat(WireframeFormatTest.class.getResource("/io/plainframe/wireframes/web/"
                + "plainframe-editor-icons.LICENSE")).isNotNull();
    }

    @Test
    void anyControlMayBelongToAGroupAndBeLockedAndKeepsBothThroughAWriteAndARead() {
        String document = doc("{\"id\":\"a\",\"type\":\"button\",\"x\":0,\"y\":0,\"width\":10,\"height\":10,"
                + "\"group\":\"g-1\",\"locked\":true},"
                + "{\"id\":\"b\",\"type\":\"table\",\"x\":0,\"y\":0,\"width\":10,\"height\":10,\"group\":\"g-1\"},"
                + "{\"id\":\"c\",\"type\":\"label\",\"x\":0,\"y\":0,\"width\":10,\"height\":10,\"locked\":false}");
        Wireframe wireframe = WireframeFormat.read(document);
        assertThat(wireframe.controls()).extracting(Control::group).containsExactly("g-1", "g-1", "");
        assertThat(wireframe.controls()).extracting(Control::locked).containsExactly(true, false, false);
        String written = WireframeFormat.write(wireframe);
        assertThat(WireframeFormat.read(written)).isEqualTo(wireframe);
        // Only what is set is written: a document without groups or locks reads and writes as before.
        assertThat(written).contains("\"group\":\"g-1\",\"locked\":true}").doesNotContain("\"locked\":false");
        assertThat(WireframeFormat.write(WireframeFormat.read(golden("sign-up.json"))))
                .doesNotContain("\"group\"").doesNotContain("\"locked\"");
    }

    @Test
    void theDrawingIgnoresGroupsAndLocks() {
        Control plain = Control.of("a", ControlType.BUTTON, 8, 8, 80, 32, "Go");
        Control arranged = new Control("a", ControlType.BUTTON, 8, 8, 80, 32, "Go", false, List.of(), List.of(), 0, 0,
                "g1", true);
        assertThat(SvgRenderer.render(new Wireframe(200, 200, List.of(arranged)), "w"))
                .isEqualTo(SvgRenderer.render(new Wireframe(200, 200, List.of(plain)), "w"));
    }

    @Test
    void aBlankWireframeIsAValidDocument() {
        assertThat(WireframeFormat.read(WireframeFormat.write(Wireframe.blank()))).isEqualTo(Wireframe.blank());
    }

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                Arguments.of("[]", "$", "not-object"),
                Arguments.of("{\"formatVersion\":1,\"width\":640,\"height\":480}", "$.controls", "missing"),
                Arguments.of("{\"formatVersion\":2,\"width\":640,\"height\":480,\"controls\":[]}", "$.formatVersion",
                        "format-newer"),
                Arguments.of("{\"formatVersion\":0,\"width\":640,\"height\":480,\"controls\":[]}", "$.formatVersion",
                        "range"),
                Arguments.of("{\"formatVersion\":1,\"width\":99,\"height\":480,\"controls\":[]}", "$.width", "range"),
                Arguments.of("{\"formatVersion\":1,\"width\":640.5,\"height\":480,\"controls\":[]}", "$.width",
                        "not-whole-number"),
                Arguments.of("{\"formatVersion\":1,\"width\":640,\"height\":\"480\",\"controls\":[]}", "$.height",
                        "not-whole-number"),
                Arguments.of("{\"formatVersion\":1,\"width\":640,\"height\":480,\"controls\":{}}", "$.controls",
                        "not-array"),
                Arguments.of("{\"formatVersion\":1,\"width\":640,\"height\":480,\"controls\":[],\"owner\":\"x\"}",
                        "$.owner", "unknown-field"),
                Arguments.of(doc("{\"id\":\"a\",\"type\":\"carousel\",\"x\":0,\"y\":0,\"width\":10,\"height\":10}"),
                        "$.controls[0].type", "unknown-type"),
                Arguments.of(doc("{\"type\":\"button\",\"x\":0,\"y\":0,\"width\":10,\"height\":10}"),
                        "$.controls[0].id", "missing"),
                Arguments.of(doc("{\"id\":\"a b\",\"type\":\"button\",\"x\":0,\"y\":0,\"width\":10,\"height\":10}"),
                        "$.controls[0].id", "bad-id"),
                Arguments.of(doc("{\"id\":\"a\",\"type\":\"button\",\"x\":-1,\"y\":0,\"width\":10,\"height\":10}"),
                        "$.controls[0].x", "range"),
                Arguments.of(doc("{\"id\":\"a\",\"type\":\"button\",\"x\":0,\"y\":0,\"width\":7,\"height\":10}"),
                        "$.controls[0].width", "range"),
                Arguments.of(doc("{\"id\":\"a\",\"type\":\"button\",\"x\":600,\"y\":0,\"width\":100,\"height\":10}"),
                        "$.controls[0]", "outside"),
                Arguments.of(doc("{\"id\":\"a\",\"type\":\"button\",\"x\":0,\"y\":0,\"width\":10,\"height\":10,"
                        + "\"checked\":true}"), "$.controls[0].checked", "unknown-field"),
                Arguments.of(doc("{\"id\":\"a\",\"type\":\"checkbox\",\"x\":0,\"y\":0,\"width\":10,\"height\":10,"
                        + "\"checked\":\"yes\"}"), "$.controls[0].checked", "not-boolean"),
                Arguments.of(doc("{\"id\":\"a\",\"type\":\"button\",\"x\":0,\"y\":0,\"width\":10,\"height\":10,"
                        + "\"text\":\"" + "x".repeat(1001) + "\"}"), "$.controls[0].text", "too-long"),
                Arguments.of(doc("{\"id\":\"a\",\"type\":\"button\",\"x\":0,\"y\":0,\"width\":10,\"height\":10,"
                        + "\"text\":\"bell\\u0007\"}"), "$.controls[0].text", "control-character"),
                Arguments.of(doc("{\"id\":\"a\",\"type\":\"dropdown\",\"x\":0,\"y\":0,\"width\":10,\"height\":10,"
                        + "\"options\":[\"a\",3]}"), "$.controls[0].options[1]", "not-string"),
                Arguments.of(doc("{\"id\":\"a\",\"type\":\"table\",\"x\":0,\"y\":0,\"width\":10,\"height\":10,"
                        + "\"cells\":[[\"a\"],\"b\"]}"), "$.controls[0].cells[1]", "not-array"),
                Arguments.of(doc("{\"id\":\"a\",\"type\":\"heading\",\"x\":0,\"y\":0,\"width\":10,\"height\":10,"
                        + "\"level\":4}"), "$.controls[0].level", "range"),
                Arguments.of(doc("{\"id\":\"a\",\"type\":\"slider\",\"x\":0,\"y\":0,\"width\":10,\"height\":10,"
                        + "\"value\":101}"), "$.controls[0].value", "range"),
                Arguments.of(doc("{\"id\":\"a\",\"type\":\"label\",\"x\":0,\"y\":0,\"width\":10,\"height\":10,"
                        + "\"value\":1}"), "$.controls[0].value", "unknown-field"),
                Arguments.of(doc("{\"id\":\"a\",\"type\":\"icon\",\"x\":0,\"y\":0,\"width\":10,\"height\":10,"
                        + "\"text\":\"no-such-icon\"}"), "$.controls[0].text", "unknown-icon"),
                Arguments.of(doc("{\"id\":\"a\",\"type\":\"button\",\"x\":0,\"y\":0,\"width\":10,\"height\":10,"
                        + "\"group\":\"g 1\"}"), "$.controls[0].group", "bad-id"),
                Arguments.of(doc("{\"id\":\"a\",\"type\":\"button\",\"x\":0,\"y\":0,\"width\":10,\"height\":10,"
                        + "\"group\":\"" + "g".repeat(41) + "\"}"), "$.controls[0].group", "bad-id"),
                Arguments.of(doc("{\"id\":\"a\",\"type\":\"button\",\"x\":0,\"y\":0,\"width\":10,\"height\":10,"
                        + "\"group\":7}"), "$.controls[0].group", "not-string"),
                Arguments.of(doc("{\"id\":\"a\",\"type\":\"label\",\"x\":0,\"y\":0,\"width\":10,\"height\":10,"
                        + "\"locked\":\"yes\"}"), "$.controls[0].locked", "not-boolean"),
                Arguments.of(doc("{\"id\":\"a\",\"type\":\"button\",\"x\":0,\"y\":0,\"width\":10,\"height\":10},"
                        + "{\"id\":\"a\",\"type\":\"label\",\"x\":0,\"y\":0,\"width\":10,\"height\":10}"),
                        "$.controls[1].id", "duplicate-id"));
    }

    private static String doc(String controls) {
        return "{\"formatVersion\":1,\"width\":640,\"height\":480,\"controls\":[" + controls + "]}";
    }

    @ParameterizedTest
    @MethodSource("brokenDocuments")
    void aBrokenDocumentIsRefusedWithThePathOfItsFirstProblem(String document, String path, String reason) {
        InvalidWireframeException refused = catchThrowableOfType(InvalidWireframeException.class,
                () -> WireframeFormat.read(document));
        assertThat(refused).as(document).isNotNull();
        assertThat(refused.problem()).isEqualTo(InvalidWireframeException.Problem.INVALID);
        assertThat(refused.path()).isEqualTo(path);
        assertThat(refused.text().key()).isEqualTo("plainframe.wireframe." + reason);
        if (!reason.equals("format-newer")) {
            assertThat(refused.text().arguments()).first().isEqualTo(path);
        }
    }

    @Test
    void tooManyControlsAreRefused() {
        List<Object> controls = new ArrayList<>();
        for (int i = 0; i <= WireframeFormat.MAX_CONTROLS; i++) {
            controls.add(Map.of("id", "c" + i, "type", "label", "x", 0L, "y", 0L, "width", 10L, "height", 10L));
        }
        assertThatThrownBy(() -> WireframeFormat.read(Json.write(Map.of("formatVersion", 1L, "width", 640L, "height",
                480L, "controls", controls)))).isInstanceOfSatisfying(InvalidWireframeException.class,
                        e -> assertThat(e.path()).isEqualTo("$.controls"));
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedBeforeItIsRead() {
        String huge = "{" + " ".repeat(WireframeFormat.MAX_BYTES) + "}";
        InvalidWireframeException refused = catchThrowableOfType(InvalidWireframeException.class,
                () -> WireframeFormat.read(huge));
        assertThat(refused.problem()).isEqualTo(InvalidWireframeException.Problem.TOO_LARGE);
        // Three bytes a character: under the limit in characters, over it in bytes.
        String wide = "\"" + "\u2603".repeat(WireframeFormat.MAX_BYTES / 3 + 1) + "\"";
        assertThat(catchThrowableOfType(InvalidWireframeException.class, () -> WireframeFormat.read(wide))
                .problem()).isEqualTo(InvalidWireframeException.Problem.TOO_LARGE);
    }

    @Test
    void textThatIsNotJsonSaysWhere() {
        InvalidWireframeException refused = catchThrowableOfType(InvalidWireframeException.class,
                () -> WireframeFormat.read("{\"formatVersion\":1,"));
        assertThat(refused.problem()).isEqualTo(InvalidWireframeException.Problem.NOT_JSON);
        assertThat(refused.text().key()).isEqualTo("plainframe.wireframe.not-json");
    }

    @Test
    void utf8LengthCountsBytesAsTheWireDoes() {
        for (String text : List.of("", "abc", "\u00e9", "\u2603", "\ud83d\ude00", "a\u00e9\u2603\ud83d\ude00")) {
            assertThat(WireframeFormat.utf8Length(text, Long.MAX_VALUE))
                    .isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    /**
     * Seeded mutations of a real document: every outcome is a wireframe or our own refusal, and whatever is
     * accepted writes back to a document that reads the same.
     */
    @Test
    void mutatedDocumentsAreReadOrRefusedAndNeverHalfRead() {
        Random random = new Random(20261123);
        String original = golden("sign-up.json");
        int accepted = 0;
        for (int round = 0; round < 3000; round++) {
            String mutated = mutate(original, random);
            try {
                Wireframe wireframe = WireframeFormat.read(mutated);
                accepted++;
                assertThat(WireframeFormat.read(WireframeFormat.write(wireframe))).isEqualTo(wireframe);
            } catch (InvalidWireframeException e) {
                assertThat(e.path()).startsWith("$");
            }
        }
        assertThat(accepted).as("some mutations stay valid").isPositive();
    }

    @Test
    void structuredMutationsOfValidValuesFindTheirPath() {
        Random random = new Random(7);
        @SuppressWarnings("unchecked")
        Map<String, Object> document = (Map<String, Object>) Json.parse(golden("sign-up.json"));
        List<?> controls = (List<?>) document.get("controls");
        for (int round = 0; round < 500; round++) {
            int index = random.nextInt(controls.size());
            @SuppressWarnings("unchecked")
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) controls.get(index));
            String field = List.of("x", "y", "width", "height").get(random.nextInt(4));
            copy.put(field, -1L - random.nextInt(100));
            List<Object> changed = new ArrayList<>(controls);
            changed.set(index, copy);
            Map<String, Object> broken = new LinkedHashMap<>(document);
            broken.put("controls", changed);
            InvalidWireframeException refused = catchThrowableOfType(InvalidWireframeException.class,
                    () -> WireframeFormat.read(Json.write(broken)));
            assertThat(refused.path()).isIn("$.controls[" + index + "]." + field, "$.controls[" + index + "]");
        }
    }

    private static String mutate(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits && out.length() > 0; i++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(5)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, "{}[]\":,0123456789-.eE tfn\\u"
                        .charAt(random.nextInt(27)));
                case 2 -> out.setCharAt(at, (char) random.nextInt(0x80));
                case 3 -> out.setLength(at);
                default -> {
                    if (Character.isDigit(out.charAt(at))) {
                        out.setCharAt(at, (char) ('0' + random.nextInt(10)));
                    }
                }
            }
        }
        return out.toString();
    }
}
