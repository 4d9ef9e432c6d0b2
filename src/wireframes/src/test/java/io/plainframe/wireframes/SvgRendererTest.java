package io.plainframe.wireframes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Viewers see wireframes as SVG drawn on the server. Golden files hold the expected drawings; after a
 * deliberate change, rewrite them with {@code -Dplainframe.golden.update=true} and look at them.
 */
class SvgRendererTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @ValueSource(strings = {"sign-up", "hostile", "every-control"})
    void theDrawingMatchesItsGoldenFile(String name) throws Exception {
        String svg = SvgRenderer.render(WireframeFormat.read(WireframeFormatTest.golden(name + ".json")),
                "Wireframe");
        Path golden = GOLDEN.resolve(name + ".svg");
        if (Boolean.getBoolean("plainframe.golden.update")) {
            Files.writeString(golden, svg + "\n"); // only on request (-Dplainframe.golden.update=true), reviewed in git
        }
        assertThat(golden).as("the golden file is committed").exists();
        assertThat(svg + "\n").isEqualTo(Files.readString(golden));
    }

    @Test
    void scriptInAControlStaysText() throws Exception {
        String svg = SvgRenderer.render(WireframeFormat.read(WireframeFormatTest.golden("hostile.json")), "W");
        Document document = parse(svg);
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(svg).doesNotContain("<script").doesNotContain("<svg onload").contains("&lt;script&gt;");
        NodeList texts = document.getElementsByTagName("text");
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            shown.add(texts.item(i).getTextContent());
        }
        assertThat(shown).contains("<script>alert('x')</script>", "\"><svg onload=alert(1)>");
    }

    @Test
    void theLabelIsEscapedToo() throws Exception {
        String svg = SvgRenderer.render(Wireframe.blank(), "\"><script>");
        assertThat(parse(svg).getDocumentElement().getAttribute("aria-label")).isEqualTo("\"><script>");
    }

    /** Any valid wireframe, whatever its text, draws as well-formed SVG with one nested svg per control. */
    @Test
    void randomWireframesAlwaysDrawAsWellFormedSvg() throws Exception {
        Random random = new Random(42);
        ControlType[] types = ControlType.values();
        for (int round = 0; round < 200; round++) {
            List<Control> controls = new ArrayList<>();
            int count = random.nextInt(30);
            for (int i = 0; i < count; i++) {
                ControlType type = types[random.nextInt(types.length)];
                int w = 8 + random.nextInt(300);
                int h = 8 + random.nextInt(200);
                controls.add(new Control("c" + i, type, random.nextInt(960 - w), random.nextInt(600 - h),
                        w, h, type == ControlType.ICON ? "star" : randomText(random), random.nextBoolean(),
                        List.of(randomText(random)),
                        List.of(List.of(randomText(random), randomText(random)), List.of(randomText(random))),
                        type == ControlType.HEADING ? 1 + random.nextInt(3) : 0));
            }
            Wireframe wireframe = WireframeFormat.read(WireframeFormat.write(new Wireframe(960, 600, controls)));
            Document document = parse(SvgRenderer.render(wireframe, randomText(random)));
            assertThat(document.getElementsByTagName("svg").getLength()).isEqualTo(count + 1);
        }
    }

    /**
     * Controls of every type with random Unicode (astral emoji and CJK, combining marks, right-to-left script),
     * wrapped in narrow boxes, draw as well-formed UTF-16, UTF-8 and XML: no line ends inside a surrogate pair.
     */
    @Test
    void randomUnicodeTextWrapsIntoWellFormedUtf8AndXml() throws Exception {
        Random random = new Random(13);
        ControlType[] types = ControlType.values();
        for (int round = 0; round < 300; round++) {
            List<Control> controls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ControlType type = types[random.nextInt(types.length)];
                int w = 8 + random.nextInt(60);
                controls.add(new Control("c" + i, type, 0, 0, w, 40,
                        type == ControlType.ICON ? "search" : randomUnicode(random), false, List.of(),
                        List.of(), type == ControlType.HEADING ? 1 : 0));
            }
            Wireframe wireframe = WireframeFormat.read(WireframeFormat.write(new Wireframe(960, 600, controls)));
            String svg = SvgRenderer.render(wireframe, randomUnicode(random));

            checkWellFormedUtf8AndXml(svg, round);
        }
    }

    private static void checkWellFormedUtf8AndXml(String svg, int round) throws Exception {
        assertThat(unpairedSurrogate(svg)).as("round %d", round).isEqualTo(-1);
        ByteBuffer utf8 = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(svg));
        assertThat(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(utf8).toString()).isEqualTo(svg);
        parse(svg);
    }

    @Test
    void wrappingKeepsSurrogatePairsAndCombiningMarksWhole() {
        checkWrappingKeepsCharactersWhole(TextFit::wrap);
    }

    /** How a wrapper is called: {@link TextFit#wrap}'s signature. */
    private interface Wrapper {
        List<String> wrap(String text, double maxWidth, double size, boolean bold, int limit);
    }

    private static void checkWrappingKeepsCharactersWhole(Wrapper wrapper) {
        String smiles = "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00";
        assertThat(wrapper.wrap(smiles, 15, 14, false, 99)).containsExactly("\uD83D\uDE00", "\uD83D\uDE00",
                "\uD83D\uDE00");
        // At 15 pixels a wrapper by UTF-16 unit keeps these pairs whole by chance (a half is measured wider than
        // what is left of the line); after a letter, at 17, it cuts the pair.
        assertThat(wrapper.wrap("a\uD83D\uDE00", 17, 14, false, 99)).as("a pair after a letter stays whole")
                .containsExactly("a", "\uD83D\uDE00");
        assertThat(wrapper.wrap("ae\u0301io", 17, 14, false, 99)).containsExactly("ae\u0301", "io");
        assertThat(wrapper.wrap("\uD83D\uDC69\u200D\uD83D\uDCBBx", 15, 14, false, 99))
                .as("a zero-width joiner keeps its sequence whole")
                .containsExactly("\uD83D\uDC69\u200D\uD83D\uDCBB", "x");
    }

    @Test
    void theWrappingChecksFailOnAWrapperThatBreaksBetweenUtf16Units() throws Exception {
        // The wrapping before the fix, planted: lines broken after the last UTF-16 unit that fits.
        assertThatThrownBy(() -> checkWrappingKeepsCharactersWhole(SvgRendererTest::wrapByUnit))
                .isInstanceOf(AssertionError.class).hasMessageContaining("a pair after a letter stays whole");
        // Its lines drawn as the renderer draws them, one text element each: half a pair in the output.
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\">");
        wrapByUnit("a\uD83D\uDE00", 17, 14, false, 99)
                .forEach(line -> svg.append("<text>").append(line).append("</text>"));
        String drawn = svg.append("</svg>").toString();
        assertThat(unpairedSurrogate(drawn)).as("the stand-in splits a pair").isNotNegative();
        assertThatThrownBy(() -> checkWellFormedUtf8AndXml(drawn, 0)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("round 0");
    }

    /** Greedy wrapping by UTF-16 unit, at least one unit a line: what wrapping did before it knew characters. */
    private static List<String> wrapByUnit(String text, double maxWidth, double size, boolean bold, int limit) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (!rest.isEmpty() && lines.size() < limit) {
            int fits = 1;
            while (fits < rest.length() && TextFit.width(rest.substring(0, fits + 1), size, bold) <= maxWidth) {
                fits++;
            }
            lines.add(rest.substring(0, fits));
            rest = rest.substring(fits);
        }
        return lines;
    }

    @Test
    void textWrapsAtSpacesAndAlwaysAtLineBreaks() {
        assertThat(TextFit.wrap("Ask legal about the terms", 70, 14, false, 99)).containsExactly("Ask legal",
                "about the", "terms");
        assertThat(TextFit.wrap("a\n\nb", 70, 14, false, 99)).containsExactly("a", "", "b");
        assertThat(TextFit.wrap("abcdefghijkl", 40, 14, false, 99)).as("by each letter's width")
                .containsExactly("abcd", "efghij", "kl");
        assertThat(TextFit.wrap("a b c d e f", 1, 14, false, 3)).as("at most the limit").hasSize(3);
    }

    @Test
    void textThatDoesNotFitEndsInAnEllipsisAndSaysSo() {
        TextFit.Fitted fitted = TextFit.fit("Already have an account? Log in", 150, 1, 14, false);
        assertThat(fitted.overflow()).isTrue();
        assertThat(fitted.lines()).singleElement().satisfies(line -> assertThat(line).endsWith(TextFit.ELLIPSIS)
                .startsWith("Already have"));
        assertThat(TextFit.fit("Already have an account? Log in", 150, 2, 14, false))
                .isEqualTo(new TextFit.Fitted(List.of("Already have an", "account? Log in"), false));
        assertThat(TextFit.fit("W", 1, 1, 14, false)).isEqualTo(new TextFit.Fitted(List.of(TextFit.ELLIPSIS), true));
    }

    /** The two texts the issue found cut: each shows whole, wrapped, or with a visible mark. */
    @Test
    void nothingInTheCorpusIsCutSilently() throws Exception {
        String svg = SvgRenderer.render(WireframeFormat.read(WireframeFormatTest.golden("every-control.json")), "W");
        Document document = parse(svg);
        NodeList boxes = document.getElementsByTagName("svg");
        java.util.Map<String, org.w3c.dom.Element> byId = new java.util.HashMap<>();
        for (int i = 1; i < boxes.getLength(); i++) {
            org.w3c.dom.Element box = (org.w3c.dom.Element) boxes.item(i);
            byId.put(box.getAttribute("data-id"), box);
        }
        assertThat(texts(byId.get("label"))).containsExactly("Already have an", "account? Log in");
        assertThat(byId.get("label").hasAttribute("data-overflow")).isFalse();
        assertThat(texts(byId.get("button"))).containsExactly("Continue with Google");
        assertThat(texts(byId.get("label-short"))).containsExactly("Already have an account? Log in");
        assertThat(texts(byId.get("button-narrow"))).containsExactly("Continue", "with" + TextFit.ELLIPSIS);
        assertThat(byId.get("button-narrow").getAttribute("data-overflow")).isEqualTo("true");
        assertThat(byId.get("button-narrow").getElementsByTagName("path").item(0).getAttributes()
                .getNamedItem("class").getNodeValue()).isEqualTo("plainframe-overflow");
        for (org.w3c.dom.Element box : byId.values()) {
            boolean cut = texts(box).stream().anyMatch(line -> line.endsWith(TextFit.ELLIPSIS));
            if (cut) {
                assertThat(box.getAttribute("data-overflow")).as(box.getAttribute("data-id")).isEqualTo("true");
            }
        }
    }

    private static List<String> texts(org.w3c.dom.Element box) {
        List<String> shown = new ArrayList<>();
        NodeList texts = box.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            shown.add(texts.item(i).getTextContent());
        }
        return shown;
    }

    @Test
    void coordinatesAreWrittenWithoutNoise() {
        assertThat(SvgPen.num(12)).isEqualTo("12");
        assertThat(SvgPen.num(12.5)).isEqualTo("12.5");
        assertThat(SvgPen.num(1 / 3.0)).isEqualTo("0.3");
    }

    private static String randomText(Random random) {
        String alphabet = "ab <>&\"'\n\t\u00e9\u2603;=/";
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(20);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Text of random code points from every plane people write in, astral ones included. */
    private static String randomUnicode(Random random) {
        int[][] ranges = {{0x20, 0x7E}, {0xA0, 0x24F}, {0x300, 0x36F}, {0x590, 0x6FF}, {0x4E00, 0x4FFF},
            {0x1F300, 0x1F6FF}, {0x20000, 0x2A6DF}, {0x1D400, 0x1D7FF}};
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(80);
        for (int i = 0; i < length; i++) {
            int[] range = ranges[random.nextInt(ranges.length)];
            text.appendCodePoint(random.nextInt(6) == 0 ? ' ' : range[0] + random.nextInt(range[1] - range[0] + 1));
        }
        return text.toString();
    }

    /** Where the first surrogate without its partner is, or -1. */
    private static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
