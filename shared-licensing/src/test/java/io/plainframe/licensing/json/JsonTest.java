package io.plainframe.licensing.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    /** Issue 17: {@code Character.digit} also reads other scripts' digits ("\\u٠٠٤١" read as "A"). */
    @ParameterizedTest
    @ValueSource(strings = {"\"\\u\u0660\u0660\u0664\u0661\"", "\"\\u00\uff14\uff11\"", "\"\\u004\u0661\""})
    void escapesTakeOnlyAsciiHexDigits(String text) {
        checkAnEscapeWithOtherDigitsIsRefused(Json::parse, text);
    }

    private static void checkAnEscapeWithOtherDigitsIsRefused(Function<String, Object> reader, String text) {
        assertThatThrownBy(() -> reader.apply(text)).isInstanceOf(JsonException.class)
                .hasMessageContaining("non-hex digit");
    }

    /** Issue 17: half a surrogate pair cannot be stored as UTF-8 (it comes back as '?'), so it is never read. */
    @ParameterizedTest
    @ValueSource(strings = {"\"\\ud800\"", "\"\\udc00\"", "\"a\\ud83d\"", "\"\\ude00\\ud83d\"", "\"\ud83d\"",
        "[\"x\udc00\"]", "{\"\\ud800\":1}"})
    void halfASurrogatePairIsRefused(String text) {
        checkHalfAPairIsRefused(Json::parse, text);
    }

    private static void checkHalfAPairIsRefused(Function<String, Object> reader, String text) {
        assertThatThrownBy(() -> reader.apply(text)).isInstanceOf(JsonException.class)
                .hasMessageContaining("surrogate");
    }

    @Test
    void aWholeSurrogatePairReadsWhetherEscapedOrNot() {
        assertThat(Json.parse("\"\\ud83d\\ude00\"")).isEqualTo("\ud83d\ude00");
        assertThat(Json.parse("\"\ud83d\ude00\"")).isEqualTo("\ud83d\ude00");
    }

    /** Issue 17: the writer refuses what JSON text cannot hold exactly, rather than writing something else. */
    @Test
    void theWriterRefusesWhatWouldNotReadBackEqual() {
        checkTheWriterRefusesWhatWouldNotReadBackEqual(Json::write);
    }

    private static void checkTheWriterRefusesWhatWouldNotReadBackEqual(Function<Object, String> writer) {
        assertThatThrownBy(() -> writer.apply(Map.of("when", java.time.Instant.EPOCH)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.time.Instant");
        assertThatThrownBy(() -> writer.apply(Map.of(1, "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.apply("half \ud83d")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("surrogate");
        assertThatThrownBy(() -> writer.apply(List.of("\ude00 half"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.apply(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(writer.apply("pair \ud83d\ude00")).isEqualTo("\"pair \ud83d\ude00\"");
    }

    /**
     * Each check above fed the codec as it was before issue 17, planted as a stand-in: a reader that takes any
     * script's digits in an escape (as {@code Character.digit} does), one that keeps half a pair (as '?', as a
     * UTF-8 database gives it back), a writer that writes what it does not know as its {@code toString()}, and a
     * reader that recurses into as many levels as it is given.
     */
    @Test
    void theCodecChecksFailOnTheCodecAsItWasBeforeIssue17() {
        Function<String, Object> anyDigits = text -> Json.parse(asciiDigits(text));
        assertThat(anyDigits.apply("\"\\u\u0660\u0660\u0664\u0661\"")).as("the old answer").isEqualTo("A");
        assertThatThrownBy(() -> checkAnEscapeWithOtherDigitsIsRefused(anyDigits,
                "\"\\u\u0660\u0660\u0664\u0661\"")).isInstanceOf(AssertionError.class);

        Function<String, Object> keepsHalves = text -> Json.parse(text
                .replaceAll("\\\\u[dD][89a-fA-F][0-9a-fA-F]{2}|[\\uD800-\\uDFFF]", "?"));
        assertThatThrownBy(() -> checkHalfAPairIsRefused(keepsHalves, "\"a\\ud83d\""))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> checkHalfAPairIsRefused(keepsHalves, "[\"x\udc00\"]"))
                .isInstanceOf(AssertionError.class);

        Function<Object, String> toStringWriter = value -> {
            try {
                return Json.write(value);
            } catch (IllegalArgumentException unknown) {
                return Json.write(String.valueOf(value));
            }
        };
        assertThatThrownBy(() -> checkTheWriterRefusesWhatWouldNotReadBackEqual(toStringWriter))
                .isInstanceOf(AssertionError.class);

        assertThatThrownBy(() -> checkDeepNestingIsRefused(JsonTest::anyDepth)).isInstanceOf(AssertionError.class);
    }

    /** Other scripts' decimal digits as ASCII ones, as {@code Character.digit(c, 16)} reads them. */
    private static String asciiDigits(String text) {
        StringBuilder ascii = new StringBuilder();
        text.chars().forEach(c -> ascii.append(c > 127 && Character.isDigit(c)
                ? (char) ('0' + Character.digit(c, 10)) : (char) c));
        return ascii.toString();
    }

    /** A reader without a depth limit: each outer array read by recursing into what it holds. */
    private static Object anyDepth(String text) {
        if (text.length() > 2 && text.startsWith("[") && text.endsWith("]")) {
            return List.of(anyDepth(text.substring(1, text.length() - 1)));
        }
        return Json.parse(text);
    }

    @Test
    void valuesRoundTrip() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "Zürich \"quoted\" \\ back\nnew line \u2028 \u0001");
        value.put("number", 42L);
        value.put("negative", -7L);
        value.put("fraction", 1.5);
        value.put("yes", true);
        value.put("nothing", null);
        value.put("list", List.of("a", 1L, List.of()));
        value.put("object", Map.of("inner", "x"));
        assertThat(Json.parse(Json.write(value))).isEqualTo(value);
        assertThat(Json.parse(Json.pretty(value))).isEqualTo(value);
    }

    @Test
    void compactTextIsSafeInsideAnHtmlPage() {
        String text = Json.write(Map.of("name", "</script><script>alert(1)</script>&"));
        assertThat(text).doesNotContain("<", ">", "&");
        assertThat(Json.parse(text)).isEqualTo(Map.of("name", "</script><script>alert(1)</script>&"));
    }

    @Test
    void prettyTextIsForPeople() {
        assertThat(Json.pretty(Map.of("a", List.of(1, 2)))).isEqualTo("{\n  \"a\": [1, 2]\n}");
        assertThat(Json.pretty(Map.of("licensee", "A & B"))).contains("A & B");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{\"a\":1,\"a\":2}", "01", "1.", "-",
        "1e", "\"open", "\"bad \\x escape\"", "\"\\u12\"", "\"tab\tinside\"", "tru", "nul", "[1] 2", "{a:1}",
        "99999999999999999999", "1e999"})
    void anythingButExactlyOneJsonValueIsRefusedWithItsPosition(String text) {
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(JsonException.class)
                .hasMessageContaining("at character");
    }

    @Test
    void deepNestingIsRefusedRatherThanRecursedInto() {
        checkDeepNestingIsRefused(Json::parse);
    }

    private static void checkDeepNestingIsRefused(Function<String, Object> reader) {
        assertThat(reader.apply("[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH))).isInstanceOf(List.class);
        int oneMore = Json.MAX_DEPTH + 1;
        assertThatThrownBy(() -> reader.apply("[".repeat(oneMore) + "]".repeat(oneMore)))
                .isInstanceOf(JsonException.class).hasMessageContaining("nested too deeply");
        assertThatThrownBy(() -> reader.apply("[".repeat(100_000))).isInstanceOf(JsonException.class)
                .hasMessageContaining("nested too deeply");
    }

    @Test
    void seededMutationsOfAValidDocumentOnlyEverFailAsJsonErrors() {
        String valid = Json.write(Map.of("schema", 1L, "editors", List.of(Map.of("key", "k1", "direct", true,
                "since", "2026-01-01T00:00:00Z")), "note", "x\u00e9\\\"y", "n", -12.5e3));
        Random random = new Random(77);
        String alphabet = "{}[]\":,\\u0123456789abcdeftrnl-+.eE \n\t\u0000\u00e9";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder mutant = new StringBuilder(valid);
            for (int edits = 1 + random.nextInt(3); edits > 0 && mutant.length() > 0; edits--) {
                int at = random.nextInt(mutant.length());
                switch (random.nextInt(3)) {
                    case 0 -> mutant.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> mutant.deleteCharAt(at);
                    default -> mutant.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            try {
                Json.parse(mutant.toString());
            } catch (JsonException expected) {
                // The only way the reader may fail.
            }
        }
    }
}
