package io.plainframe.wireframes;

import java.util.List;

/**
 * The few shapes controls are drawn with, written as SVG into one control's box. Text goes through
 * {@link TextFit}: wrapped to its box, and where it still does not fit, cut with an ellipsis and remembered, so the
 * control gets an overflow mark. The editor's script has a pen with the same shapes and the same arguments.
 */
final class SvgPen {

    static final String INK = "#42526e";
    static final String FAINT = "#6b778c";
    static final String FILL = "#f4f5f7";
    static final String DARK = "#172b4d";
    static final String BLUE = "#0052cc";
    static final String RULE = "#c1c7d0";
    static final String SOFT = "#dfe1e6";
    static final String WHITE = "#ffffff";
    static final int SIZE = 14;

    /** Text placement within its box. */
    enum Align {
        START, MIDDLE, TOP_START, TOP_MIDDLE
    }

    private final StringBuilder svg;
    private boolean overflow;

    SvgPen(StringBuilder svg) {
        this.svg = svg;
    }

    /** Whether some text did not fit. */
    boolean overflowed() {
        return overflow;
    }

    /** Marks the control as showing less than it holds (items beyond its box). */
    void overflow() {
        overflow = true;
    }

    void rect(double x, double y, double w, double h, String fill, String stroke, double radius, String dashes) {
        svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(Math.max(0, w))).append("\" height=\"").append(num(Math.max(0, h))).append('"');
        if (radius != 0) {
            svg.append(" rx=\"").append(num(radius)).append('"');
        }
        paint(fill == null ? "none" : fill, stroke, 0);
        if (dashes != null) {
            svg.append(" stroke-dasharray=\"").append(dashes).append('"');
        }
        svg.append("/>");
    }

    /** The control's outline, on the half pixel so a one-pixel stroke is sharp. */
    void box(int w, int h, String fill, String stroke, double radius, String dashes) {
        rect(0.5, 0.5, w - 1, h - 1, fill, stroke, radius, dashes);
    }

    void line(double x1, double y1, double x2, double y2, String stroke, double width) {
        svg.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append('"');
        paint(null, stroke, width);
        svg.append("/>");
    }

    void circle(double cx, double cy, double r, String fill, String stroke, double width) {
        svg.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
                .append(num(Math.max(0, r))).append('"');
        paint(fill == null ? "none" : fill, stroke, width);
        svg.append("/>");
    }

    /** A path from points: {@code M} to the first, {@code L} to the rest, closed if asked. */
    void path(double[] points, boolean closed, String fill, String stroke, double width) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i + 1 < points.length; i += 2) {
            d.append(i == 0 ? "M" : " L").append(num(points[i])).append(',').append(num(points[i + 1]));
        }
        if (closed) {
            d.append(" Z");
        }
        rawPath(d.toString(), fill, stroke, width);
    }

    /** A path whose data the caller built with {@link #num}. */
    void rawPath(String d, String fill, String stroke, double width) {
        svg.append("<path d=\"").append(d).append('"');
        paint(fill == null ? "none" : fill, stroke, width);
        svg.append("/>");
    }

    private void paint(String fill, String stroke, double width) {
        if (fill != null) {
            svg.append(" fill=\"").append(fill).append('"');
        }
        if (stroke != null) {
            svg.append(" stroke=\"").append(stroke).append('"');
        }
        if (width != 0 && width != 1) {
            svg.append(" stroke-width=\"").append(num(width)).append('"');
        }
    }

    /** Text fitted into a box at the usual size, regular weight. */
    void text(String text, double x, double y, double w, double h, Align align, String fill) {
        text(text, x, y, w, h, align, fill, false, SIZE, null);
    }

    /**
     * Text wrapped into the box {@code x, y, w, h}, one {@code <text>} per line, a line every 1.3 font sizes;
     * lines that do not fit are cut and the control marked.
     *
     * @param decoration {@code underline} for links, else {@code null}
     */
    void text(String text, double x, double y, double w, double h, Align align, String fill, boolean bold,
              int size, String decoration) {
        if (text.isEmpty()) {
            return;
        }
        int lineHeight = Math.round(size * 1.3f);
        int maxLines = Math.max(1, (int) Math.floor(h / lineHeight));
        TextFit.Fitted fitted = TextFit.fit(text, w, maxLines, size, bold);
        if (fitted.overflow()) {
            overflow = true;
        }
        List<String> lines = fitted.lines();
        boolean top = align == Align.TOP_START || align == Align.TOP_MIDDLE;
        boolean centred = align == Align.MIDDLE || align == Align.TOP_MIDDLE;
        double first = top ? y + lineHeight / 2.0 : y + h / 2.0 - (lines.size() - 1) * lineHeight / 2.0;
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<text x=\"").append(num(centred ? x + w / 2.0 : x)).append("\" y=\"")
                    .append(num(first + i * lineHeight)).append("\" dominant-baseline=\"middle\"");
            if (centred) {
                svg.append(" text-anchor=\"middle\"");
            }
            if (size != SIZE) {
                svg.append(" font-size=\"").append(size).append('"');
            }
            if (bold) {
                svg.append(" font-weight=\"600\"");
            }
            if (decoration != null) {
                svg.append(" text-decoration=\"").append(decoration).append('"');
            }
            svg.append(" fill=\"").append(fill).append("\">").append(SvgRenderer.escape(lines.get(i)))
                    .append("</text>");
        }
    }

    /** The mark in the bottom right corner of a control whose text or items do not all show. */
    void overflowMark(int w, int h) {
        svg.append("<path class=\"plainframe-overflow\" d=\"M").append(num(w - 10)).append(',').append(h)
                .append(" L").append(w).append(',').append(h).append(" L").append(w).append(',').append(num(h - 10))
                .append(" Z\" fill=\"#de350b\"/>");
    }

    /** A coordinate: whole numbers without a decimal point, others to one decimal. */
    static String num(double value) {
        long whole = Math.round(value);
        if (Math.abs(value - whole) < 1e-9) {
            return Long.toString(whole);
        }
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
