package io.plainframe.wireframes;

import io.plainframe.licensing.web.Html;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a wireframe as SVG on the server, so every reader sees it without JavaScript, in page exports and in
 * emails. All text is escaped for XML: a {@code <script>} in a label stays text. Each control is its own nested
 * {@code <svg>}, which clips whatever does not fit, so long text never spills over its neighbours.
 */
public final class SvgRenderer {

    private static final String INK = "#42526e";
    private static final String FAINT = "#6b778c";
    private static final String FILL = "#f4f5f7";
    private static final int LINE = 18;
    /** An average glyph's width at 14 px in the sans-serif faces the SVG names, for wrapping. */
    private static final double GLYPH_WIDTH = 7.2;

    private SvgRenderer() {
    }

    /**
     * The wireframe as a standalone SVG element.
     *
     * @param wireframe what to draw
     * @param label     what assistive technology reads for the picture (from the i18n bundle)
     */
    public static String render(Wireframe wireframe, String label) {
        StringBuilder svg = new StringBuilder(256 + 256 * wireframe.controls().size());
        int w = wireframe.width();
        int h = wireframe.height();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plainframe-svg\" width=\"").append(w)
                .append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\" font-family=\"")
                .append("-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif")
                .append("\" font-size=\"14\">");
        svg.append("<rect x=\"0.5\" y=\"0.5\" width=\"").append(w - 1).append("\" height=\"").append(h - 1)
                .append("\" fill=\"#ffffff\" stroke=\"#c1c7d0\"/>");
        for (Control control : wireframe.controls()) {
            svg.append("<svg x=\"").append(control.x()).append("\" y=\"").append(control.y()).append("\" width=\"")
                    .append(control.width()).append("\" height=\"").append(control.height())
                    .append("\" overflow=\"hidden\" data-id=\"").append(escape(control.id())).append("\" data-type=\"")
                    .append(control.type().id()).append("\">");
            draw(svg, control);
            svg.append("</svg>");
        }
        return svg.append("</svg>").toString();
    }

    private static void draw(StringBuilder svg, Control c) {
        int w = c.width();
        int h = c.height();
        double middle = h / 2.0;
        switch (c.type()) {
            case BUTTON -> {
                rect(svg, w, h, FILL, INK, "4", null);
                text(svg, c.text(), w / 2.0, middle, "middle", INK, "600", null);
            }
            case LABEL -> lines(svg, c.text(), 0, w, INK, null);
            case HEADING -> {
                int size = switch (c.level()) {
                    case 1 -> 28;
                    case 2 -> 22;
                    default -> 18;
                };
                svg.append("<text x=\"0\" y=\"").append(size).append("\" font-size=\"").append(size)
                        .append("\" font-weight=\"600\" fill=\"#172b4d\">").append(escape(firstLine(c.text())))
                        .append("</text>");
            }
            case TEXT_INPUT -> {
                rect(svg, w, h, "#ffffff", INK, "3", null);
                text(svg, c.text(), 8, middle, "start", FAINT, null, null);
            }
            case CHECKBOX -> {
                svg.append("<rect x=\"1.5\" y=\"").append(num(middle - 7)).append("\" width=\"14\" height=\"14\" "
                        + "rx=\"2\" fill=\"#ffffff\" stroke=\"").append(INK).append("\"/>");
                if (c.checked()) {
                    svg.append("<polyline points=\"4.5,").append(num(middle)).append(" 7.5,").append(num(middle + 3))
                            .append(" 12.5,").append(num(middle - 3)).append("\" fill=\"none\" stroke=\"").append(INK)
                            .append("\" stroke-width=\"2\"/>");
                }
                text(svg, c.text(), 24, middle, "start", INK, null, null);
            }
            case RADIO -> {
                svg.append("<circle cx=\"8.5\" cy=\"").append(num(middle))
                        .append("\" r=\"7\" fill=\"#ffffff\" stroke=\"").append(INK).append("\"/>");
                if (c.checked()) {
                    svg.append("<circle cx=\"8.5\" cy=\"").append(num(middle)).append("\" r=\"3.5\" fill=\"")
                            .append(INK).append("\"/>");
                }
                text(svg, c.text(), 24, middle, "start", INK, null, null);
            }
            case DROPDOWN -> {
                rect(svg, w, h, "#ffffff", INK, "3", null);
                text(svg, c.text().isEmpty() && !c.options().isEmpty() ? c.options().get(0) : c.text(), 8, middle,
                        "start", INK, null, null);
                svg.append("<polyline points=\"").append(w - 20).append(',').append(num(middle - 3)).append(' ')
                        .append(w - 15).append(',').append(num(middle + 2)).append(' ').append(w - 10).append(',')
                        .append(num(middle - 3)).append("\" fill=\"none\" stroke=\"").append(INK)
                        .append("\" stroke-width=\"1.5\"/>");
            }
            case IMAGE -> {
                rect(svg, w, h, "#ebecf0", FAINT, "0", null);
                svg.append("<path d=\"M0.5,0.5 L").append(num(w - 0.5)).append(',').append(num(h - 0.5))
                        .append(" M").append(num(w - 0.5)).append(",0.5 L0.5,").append(num(h - 0.5))
                        .append("\" stroke=\"").append(FAINT).append("\"/>");
                if (!c.text().isEmpty()) {
                    text(svg, c.text(), w / 2.0, middle, "middle", INK, null, FILL);
                }
            }
            case CONTAINER -> {
                rect(svg, w, h, "none", FAINT, "4", "6 4");
                if (!c.text().isEmpty()) {
                    text(svg, c.text(), 8, 16, "start", FAINT, "600", null);
                }
            }
            case TABLE -> table(svg, c);
            case LINK -> svg.append("<text x=\"0\" y=\"").append(num(middle)).append("\" dominant-baseline=\"middle\" "
                    + "fill=\"#0052cc\" text-decoration=\"underline\">").append(escape(firstLine(c.text())))
                    .append("</text>");
            case NOTE -> {
                rect(svg, w, h, "#fffae6", "#ffc400", "2", null);
                lines(svg, c.text(), 8, w, "#172b4d", null);
            }
            default -> throw new IllegalStateException("no drawing for " + c.type());
        }
    }

    private static void table(StringBuilder svg, Control c) {
        List<List<String>> cells = c.cells();
        int rows = Math.max(1, cells.size());
        int columns = Math.max(1, cells.stream().mapToInt(List::size).max().orElse(1));
        double rowHeight = c.height() / (double) rows;
        double columnWidth = c.width() / (double) columns;
        svg.append("<rect x=\"0.5\" y=\"0.5\" width=\"").append(num(c.width() - 1)).append("\" height=\"")
                .append(num(rowHeight - 0.5)).append("\" fill=\"").append(FILL).append("\"/>");
        for (int r = 1; r < rows; r++) {
            svg.append("<line x1=\"0\" x2=\"").append(c.width()).append("\" y1=\"").append(num(r * rowHeight))
                    .append("\" y2=\"").append(num(r * rowHeight)).append("\" stroke=\"#c1c7d0\"/>");
        }
        for (int col = 1; col < columns; col++) {
            svg.append("<line y1=\"0\" y2=\"").append(c.height()).append("\" x1=\"").append(num(col * columnWidth))
                    .append("\" x2=\"").append(num(col * columnWidth)).append("\" stroke=\"#c1c7d0\"/>");
        }
        rect(svg, c.width(), c.height(), "none", INK, "0", null);
        for (int r = 0; r < cells.size(); r++) {
            List<String> row = cells.get(r);
            for (int col = 0; col < row.size(); col++) {
                text(svg, row.get(col), col * columnWidth + 6, r * rowHeight + rowHeight / 2, "start", INK,
                        r == 0 ? "600" : null, null);
            }
        }
    }

    private static void rect(StringBuilder svg, int w, int h, String fill, String stroke, String radius,
                             String dashes) {
        svg.append("<rect x=\"0.5\" y=\"0.5\" width=\"").append(num(w - 1)).append("\" height=\"").append(num(h - 1))
                .append("\" rx=\"").append(radius).append("\" fill=\"").append(fill).append("\" stroke=\"")
                .append(stroke).append('"');
        if (dashes != null) {
            svg.append(" stroke-dasharray=\"").append(dashes).append('"');
        }
        svg.append("/>");
    }

    /** One line of text, vertically centred on {@code y}. */
    private static void text(StringBuilder svg, String text, double x, double y, String anchor, String fill,
                             String weight, String background) {
        if (text.isEmpty()) {
            return;
        }
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" dominant-baseline=\"middle\" text-anchor=\"").append(anchor).append("\" fill=\"")
                .append(fill).append('"');
        if (weight != null) {
            svg.append(" font-weight=\"").append(weight).append('"');
        }
        if (background != null) {
            svg.append(" paint-order=\"stroke\" stroke=\"").append(background).append("\" stroke-width=\"4\"");
        }
        svg.append('>').append(escape(firstLine(text))).append("</text>");
    }

    /** Text on several lines from the top left, wrapped at spaces to the width (by an average glyph width). */
    private static void lines(StringBuilder svg, String text, int inset, int width, String fill, String weight) {
        if (text.isEmpty()) {
            return;
        }
        svg.append("<text x=\"").append(inset).append("\" y=\"").append(inset).append("\" fill=\"").append(fill)
                .append('"');
        if (weight != null) {
            svg.append(" font-weight=\"").append(weight).append('"');
        }
        svg.append('>');
        List<String> lines = wrap(text, Math.max(1, (int) ((width - 2 * inset) / GLYPH_WIDTH)));
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"").append(inset).append("\" dy=\"").append(i == 0 ? 15 : LINE).append("\">")
                    .append(escape(lines.get(i))).append("</tspan>");
        }
        svg.append("</text>");
    }

    /**
     * Lines of at most {@code columns} characters, broken at spaces where possible, at line breaks always, and
     * otherwise between user-perceived characters: never inside a surrogate pair (half of one is not UTF-8) or
     * between a letter and its combining marks. A single such character wider than the line stays whole.
     */
    static List<String> wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        for (String paragraph : text.split("\n", -1)) {
            String rest = paragraph;
            while (rest.length() > columns) {
                int cut = rest.lastIndexOf(' ', columns);
                if (cut <= 0) {
                    characters.setText(rest);
                    cut = characters.isBoundary(columns) ? columns : characters.preceding(columns);
                    if (cut <= 0) {
                        cut = characters.following(0);
                    }
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut).stripLeading();
            }
            lines.add(rest);
        }
        return lines;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** A coordinate: whole numbers without a decimal point, others to one decimal. */
    static String num(double value) {
        long whole = Math.round(value);
        if (Math.abs(value - whole) < 1e-9) {
            return Long.toString(whole);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text made safe for XML and HTML element content and quoted attribute values (tabs become spaces). */
    public static String escape(String text) {
        return Html.escape(text).replace('\t', ' ');
    }
}
