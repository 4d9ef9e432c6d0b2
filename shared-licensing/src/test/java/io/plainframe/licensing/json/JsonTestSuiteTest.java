package io.plainframe.licensing.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nicolas Seriot's JSONTestSuite (its parsing corpus, copied with its licence): every {@code y_} text is read and
 * written back to text that reads the same, every {@code n_} text is refused, and no {@code i_} text (left to the
 * implementation) gets anything but a value or a {@link JsonException}. The bytes are decoded as strict UTF-8 first,
 * as the REST layer does, so a text that is not UTF-8 is refused before it reaches the reader.
 */
class JsonTestSuiteTest {

    /** Valid JSON that Plainframe refuses on purpose: a repeated member name is ambiguous (RFC 8259, 4). */
    private static final Set<String> REFUSED_ON_PURPOSE = Set.of("y_object_duplicated_key.json",
            "y_object_duplicated_key_and_value.json");

    static Stream<String> accepted() throws Exception {
        return files("y_").filter(name -> !REFUSED_ON_PURPOSE.contains(name));
    }

    static Stream<String> refused() throws Exception {
        return Stream.concat(files("n_"), REFUSED_ON_PURPOSE.stream());
    }

    static Stream<String> eitherWay() throws Exception {
        return files("i_");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void everyValidTextIsReadAndWrittenBackToTextThatReadsTheSame(String name) throws Exception {
        checkReadAndWrittenBack(Json::parse, name);
    }

    private static void checkReadAndWrittenBack(Function<String, Object> reader, String name) throws Exception {
        Object value = reader.apply(utf8(name));
        assertThat(Json.parse(Json.write(value))).isEqualTo(value);
        assertThat(Json.parse(Json.pretty(value))).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void everyInvalidTextIsRefused(String name) throws Exception {
        checkRefused(Json::parse, name);
    }

    private static void checkRefused(Function<String, Object> reader, String name) throws Exception {
        byte[] bytes = bytes(name);
        String text;
        try {
            text = strictUtf8(bytes);
        } catch (CharacterCodingException e) {
            return; // refused as not UTF-8, before any JSON is read
        }
        assertThatThrownBy(() -> reader.apply(text)).isInstanceOf(JsonException.class);
    }

    /**
     * The corpus checks fed readers that go wrong each way: one that takes any text (an {@code n_} text read as
     * a string) fails the refusal check on every {@code n_} text that is UTF-8, and one that refuses more than
     * it should (every array) fails the reading check on every {@code y_} text that holds one.
     */
    @Test
    void theCorpusChecksFailOnAReaderThatTakesAnythingOrRefusesArrays() throws Exception {
        Function<String, Object> takesAnything = text -> {
            try {
                return Json.parse(text);
            } catch (JsonException e) {
                return text;
            }
        };
        Function<String, Object> refusesArrays = text -> {
            if (text.contains("[")) {
                throw new JsonException("arrays refused");
            }
            return Json.parse(text);
        };
        List<String> invalid = files("n_").toList();
        long utf8 = invalid.stream().filter(name -> isUtf8(name)).count();
        assertThat(invalid.stream().filter(name -> fails(() -> checkRefused(takesAnything, name))).count())
                .as("every n_ text read as UTF-8 is refused by the check's reader or fails it").isEqualTo(utf8)
                .isGreaterThan(150);
        List<String> valid = accepted().toList();
        List<String> arrays = valid.stream().filter(name -> utf8Unchecked(name).contains("[")).toList();
        assertThat(valid.stream().filter(name -> fails(() -> checkReadAndWrittenBack(refusesArrays, name))))
                .containsExactlyElementsOf(arrays).hasSizeGreaterThan(40);
    }

    private interface Check {
        void run() throws Exception;
    }

    private static boolean fails(Check check) {
        try {
            check.run();
            return false;
        } catch (AssertionError | Exception e) {
            return true;
        }
    }

    private static boolean isUtf8(String name) {
        try {
            strictUtf8(bytes(name));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String utf8Unchecked(String name) {
        try {
            return utf8(name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eitherWay")
    void noTextLeftToTheImplementationCrashesTheReader(String name) throws Exception {
        String text;
        try {
            text = strictUtf8(bytes(name));
        } catch (CharacterCodingException e) {
            return;
        }
        try {
            Object value = Json.parse(text);
            assertThat(Json.parse(Json.write(value))).as("what is read is written back").isEqualTo(value);
        } catch (JsonException e) {
            assertThat(e).hasMessageContaining("at character");
        }
    }

    @Test
    void theCorpusIsAllThere() throws Exception {
        assertThat(accepted().count()).isEqualTo(93);
        assertThat(files("n_").count()).isEqualTo(188);
        assertThat(eitherWay().count()).isEqualTo(35);
    }

    private static String utf8(String name) throws Exception {
        return strictUtf8(bytes(name));
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static byte[] bytes(String name) throws IOException, URISyntaxException {
        return Files.readAllBytes(corpus().resolve(name));
    }

    private static Stream<String> files(String prefix) throws IOException, URISyntaxException {
        try (Stream<Path> all = Files.list(corpus())) {
            List<String> names = all.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith(prefix) && name.endsWith(".json")).sorted().toList();
            return names.stream();
        }
    }

    private static Path corpus() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(JsonTestSuiteTest.class.getResource("jsontestsuite"),
                "the JSONTestSuite corpus").toURI());
    }
}
