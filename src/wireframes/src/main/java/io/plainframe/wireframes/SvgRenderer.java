package io.plainframe.wireframes;

import io.plainframe.licensing.web.Html;

/**
 * Draws a wireframe as SVG on the server, so every reader sees it without JavaScript, in page exports and in
 * emails. All text is escaped for XML: a {@code <script>} in a label stays text. Each control is its own nested
 * {@code <svg>}, which clips whatever does not fit, so long text never spills over its neighbours; text is wrapped
 * to its box first, and what still does not fit ends in an ellipsis and puts a mark in the control's corner
 * ({@code data-overflow="true"}), so nothing is cut silently.
 */
public final class SvgRenderer {

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
            StringBuilder body = new StringBuilder(256);
            SvgPen pen = new SvgPen(body);
            draw(pen, control);
            if (pen.overflowed()) {
                pen.overflowMark(control.width(), control.height());
            }
            svg.append("<svg x=\"").append(control.x()).append("\" y=\"").append(control.y()).append("\" width=\"")
                    .append(control.width()).append("\" height=\"").append(control.height())
                    .append("\" overflow=\"hidden\" data-id=\"").append(escape(control.id())).append("\" data-type=\"")
                    .append(control.type().id()).append('"');
            if (pen.overflowed()) {
                svg.append(" data-overflow=\"true\"");
            }
            svg.append('>').append(body).append("</svg>");
        }
        return svg.append("</svg>").toString();
    }

    /** One control's drawing, in its own coordinates. */
    static void draw(SvgPen pen, Control c) {
        switch (c.type().category()) {
            case INPUTS, TEXT -> InputDrawings.draw(pen, c);
            case FEEDBACK, MEDIA -> MediaDrawings.draw(pen, c);
            default -> LayoutDrawings.draw(pen, c);
        }
    }

    /** Text made safe for XML and HTML element content and quoted attribute values (tabs become spaces). */
    public static String escape(String text) {
        return Html.escape(text).replace('\t', ' ');
    }
}
