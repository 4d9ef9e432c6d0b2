package io.plainframe.licensing.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The codec at its edges: whitespace everywhere it may be, hex digits at their ends, nesting, exact layout. */
class JsonEdgesTest {

    @Test
    void whitespaceIsAllowedAroundEveryToken() {
        assertThat(Json.parse(" \t\r\n{ \"a\" : [ 1 , 2 ] , \"b\" : { } , \"c\" : [ ] } \n"))
                .isEqualTo(Map.of("a", List.of(1L, 2L), "b", Map.of(), "c", List.of()));
        assertThat(Json.parse(" 1 ")).isEqualTo(1L);
    }

    @Test
    void hexDigitsAreReadAtBothEndsOfEachRangeInEitherCase() {
        assertThat(Json.parse("\"\\u0030\\u0039\\u00aF\\u00Fa\\u004A\\u004f\"")).isEqualTo("09\u00af\u00faJO");
        for (char outside : new char[] {'/', ':', '@', 'G', '`', 'g'}) {
            assertThatThrownBy(() -> Json.parse("\"\\u004" + outside + "\"")).as("%s", outside)
                    .isInstanceOf(JsonException.class);
        }
    }

    @Test
    void aStringCutShortIsReportedAsSuch() {
        assertThatThrownBy(() -> Json.parse("\"\\")).isInstanceOf(JsonException.class)
                .hasMessage("JSON a string is not closed at character 3");
        assertThatThrownBy(() -> Json.parse("\"\\u004")).isInstanceOf(JsonException.class)
                .hasMessage("JSON a \\u escape is cut short at character 4");
        assertThatThrownBy(() -> Json.parse("\"\\u0041")).isInstanceOf(JsonException.class)
                .hasMessageStartingWith("JSON a string is not closed");
    }

    @Test
    void numbersWithExponentsRead() {
        assertThat(Json.parse("[1e2, 1E+2, -2.5e-1, 0.5]")).isEqualTo(List.of(100.0, 100.0, -0.25, 0.5));
        assertThatThrownBy(() -> Json.parse("1e")).isInstanceOf(JsonException.class);
        assertThatThrownBy(() -> Json.parse("1e+")).isInstanceOf(JsonException.class);
    }

    @Test
    void objectsNestAsDeepAsArraysAndNoDeeper() {
        int deepest = Json.MAX_DEPTH - 1;
        assertThat(Json.parse("{\"a\":".repeat(deepest) + "{}" + "}".repeat(deepest))).isInstanceOf(Map.class);
        assertThatThrownBy(() -> Json.parse("{\"a\":".repeat(deepest + 1) + "{}" + "}".repeat(deepest + 1)))
                .isInstanceOf(JsonException.class).hasMessageContaining("nested too deeply");
    }

    @Test
    void prettyTextIndentsEachLevelByTwoSpaces() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("b", 1);
        inner.put("c", List.of(true, "d"));
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("a", inner);
        outer.put("<e>", "<f>");
        assertThat(Json.pretty(outer)).isEqualTo("{\n  \"a\": {\n    \"b\": 1,\n    \"c\": [true, \"d\"]\n"
                + "  },\n  \"<e>\": \"<f>\"\n}");
        assertThat(Json.write(outer)).isEqualTo("{\"a\":{\"b\":1,\"c\":[true,\"d\"]},"
                + "\"\\u003ce\\u003e\":\"\\u003cf\\u003e\"}");
    }

    @Test
    void anObjectInsideAListIsIndentedByItsDepth() {
        assertThat(Json.pretty(Map.of("a", List.of(Map.of("b", 1)))))
                .isEqualTo("{\n  \"a\": [{\n      \"b\": 1\n    }]\n}");
    }

    @Test
    void everyObjectReadIsAMapInDocumentOrderTheCallerMayChangeTheEmptyOneToo() {
        for (String text : new String[] {"{}", " { } ", "{\"z\":1,\"a\":2}"}) {
            @SuppressWarnings("unchecked")
            Map<String, Object> read = (Map<String, Object>) Json.parse(text);
            assertThat(read).as(text).isInstanceOf(LinkedHashMap.class);
            read.put("added", true);
            assertThat(read.keySet()).as(text).endsWith("added");
        }
    }
}
