package io.plainframe.wireframes;

import static io.plainframe.wireframes.SvgPen.BLUE;
import static io.plainframe.wireframes.SvgPen.DARK;
import static io.plainframe.wireframes.SvgPen.FAINT;
import static io.plainframe.wireframes.SvgPen.INK;
import static io.plainframe.wireframes.SvgPen.RULE;
import static io.plainframe.wireframes.SvgPen.SIZE;
import static io.plainframe.wireframes.SvgPen.SOFT;
import static io.plainframe.wireframes.SvgPen.WHITE;

import io.plainframe.wireframes.SvgPen.Align;

/** Charts, media and feedback. The editor's script draws each the same way (a browser test compares them). */
final class MediaDrawings {

    /** The made-up data every chart placeholder shows, as fractions of its height. */
    static final double[] DATA = {0.55, 0.8, 0.4, 0.95, 0.65};

    private MediaDrawings() {
    }

    static void draw(SvgPen pen, Control c) {
        int w = c.width();
        int h = c.height();
        double middle = h / 2.0;
        switch (c.type()) {
            case BAR_CHART, LINE_CHART, PIE_CHART -> chart(pen, c);
            case IMAGE -> {
                pen.box(w, h, "#ebecf0", FAINT, 0, null);
                pen.path(new double[] {0.5, 0.5, w - 0.5, h - 0.5}, false, null, FAINT, 0);
                pen.path(new double[] {w - 0.5, 0.5, 0.5, h - 0.5}, false, null, FAINT, 0);
                caption(pen, c);
            }
            case VIDEO -> {
                pen.box(w, h, SOFT, FAINT, 0, null);
                double r = Math.max(4, Math.min(16, Math.min(w, h) / 4.0));
                pen.circle(w / 2.0, middle, r, WHITE, FAINT, 0);
                pen.path(new double[] {w / 2.0 - r / 3, middle - r / 2, w / 2.0 + r / 2, middle, w / 2.0 - r / 3,
                    middle + r / 2}, true, FAINT, null, 0);
                caption(pen, c);
            }
            case MAP -> {
                pen.box(w, h, "#e3fcef", FAINT, 0, null);
                pen.path(new double[] {0, h * 0.7, w * 0.4, h * 0.45, w, h * 0.6}, false, null, WHITE, 6);
                pen.path(new double[] {w * 0.3, 0, w * 0.55, h}, false, null, WHITE, 4);
                pen.circle(w / 2.0, middle - 6, 6, "#de350b", null, 0);
                pen.path(new double[] {w / 2.0 - 5, middle - 3, w / 2.0, middle + 8, w / 2.0 + 5, middle - 3}, true,
                        "#de350b", null, 0);
                caption(pen, c);
            }
            case AVATAR -> {
                double r = Math.min(w, h) / 2.0 - 1;
                pen.circle(w / 2.0, middle, r, SOFT, FAINT, 0);
                pen.text(c.text(), w / 2.0 - r * 0.75, 0, r * 1.5, h, Align.MIDDLE, INK, true, SIZE, null);
            }
            case NOTE -> {
                pen.box(w, h, "#fffae6", "#ffc400", 2, null);
                pen.text(c.text(), 8, 4, w - 16, h - 8, Align.TOP_START, DARK);
            }
            case ALERT -> {
                pen.box(w, h, "#ffebe6", "#de350b", 3, null);
                pen.circle(16, middle, 8, "#de350b", null, 0);
                pen.line(16, middle - 4, 16, middle + 1, WHITE, 2);
                pen.line(16, middle + 3, 16, middle + 4.5, WHITE, 2);
                pen.text(c.text(), 32, 0, w - 40, h, Align.START, DARK);
            }
            case PROGRESS_BAR -> {
                pen.rect(0.5, middle - 5, w - 1, 10, SOFT, null, 5, null);
                pen.rect(0.5, middle - 5, (w - 1) * c.value() / 100.0, 10, BLUE, null, 5, null);
            }
            case TOOLTIP -> {
                pen.rect(0.5, 0.5, w - 1, h - 9, DARK, null, 3, null);
                pen.path(new double[] {w / 2.0 - 6, h - 8.5, w / 2.0, h - 0.5, w / 2.0 + 6, h - 8.5}, true, DARK,
                        null, 0);
                pen.text(c.text(), 8, 0, w - 16, h - 8, Align.MIDDLE, WHITE);
            }
            case CALLOUT -> {
                double r = Math.min(w, h) / 2.0 - 1;
                pen.circle(w / 2.0, middle, r, "#ff8b00", null, 0);
                pen.text(c.text(), w / 2.0 - r * 0.75, 0, r * 1.5, h, Align.MIDDLE, WHITE, true, SIZE, null);
            }
            case BADGE -> {
                pen.rect(0.5, 0.5, w - 1, h - 1, SOFT, null, (h - 1) / 2.0, null);
                pen.text(c.text(), 6, 0, w - 12, h, Align.MIDDLE, DARK, true, 12, null);
            }
            case SPINNER -> {
                double r = Math.max(2, Math.min(h, 24) / 2.0 - 2);
                pen.circle(r + 2, middle, r, "none", SOFT, 3);
                pen.rawPath("M" + SvgPen.num(r + 2) + ',' + SvgPen.num(middle - r) + " A" + SvgPen.num(r) + ','
                        + SvgPen.num(r) + " 0 0 1 " + SvgPen.num(2 * r + 2) + ',' + SvgPen.num(middle), null, BLUE, 3);
                pen.text(c.text(), 2 * r + 12, 0, w - 2 * r - 12, h, Align.START, FAINT);
            }
            default -> throw new IllegalStateException("no drawing for " + c.type());
        }
    }

    /** A caption centred on an image, or along the bottom of a video or map, where it hides nothing. */
    private static void caption(SvgPen pen, Control c) {
        if (c.type() == ControlType.IMAGE) {
            pen.text(c.text(), 6, 0, c.width() - 12, c.height(), Align.MIDDLE, INK, true, SIZE, null);
        } else {
            pen.text(c.text(), 6, c.height() - 24, c.width() - 12, 22, Align.MIDDLE, INK, true, SIZE, null);
        }
    }

    private static void chart(SvgPen pen, Control c) {
        int w = c.width();
        int h = c.height();
        double bottom = c.text().isEmpty() ? h - 8 : h - 26;
        pen.box(w, h, WHITE, RULE, 0, null);
        pen.text(c.text(), 8, h - 24, w - 16, 22, Align.MIDDLE, INK);
        double left = 24;
        double top = 8;
        double plotW = Math.max(0, w - left - 8);
        double plotH = Math.max(0, bottom - top);
        if (c.type() == ControlType.PIE_CHART) {
            double r = Math.max(2, Math.min(w - 16, plotH) / 2.0);
            double cx = w / 2.0;
            double cy = top + plotH / 2.0;
            pen.circle(cx, cy, r, SOFT, null, 0);
            pen.rawPath("M" + SvgPen.num(cx) + ',' + SvgPen.num(cy) + " L" + SvgPen.num(cx) + ','
                    + SvgPen.num(cy - r) + " A" + SvgPen.num(r) + ',' + SvgPen.num(r) + " 0 0 1 " + SvgPen.num(cx + r)
                    + ',' + SvgPen.num(cy) + " Z", BLUE, null, 0);
            pen.rawPath("M" + SvgPen.num(cx) + ',' + SvgPen.num(cy) + " L" + SvgPen.num(cx + r) + ','
                    + SvgPen.num(cy) + " A" + SvgPen.num(r) + ',' + SvgPen.num(r) + " 0 0 1 " + SvgPen.num(cx) + ','
                    + SvgPen.num(cy + r) + " Z", INK, null, 0);
            return;
        }
        pen.line(left, top, left, bottom, FAINT, 0);
        pen.line(left, bottom, left + plotW, bottom, FAINT, 0);
        double step = plotW / DATA.length;
        if (c.type() == ControlType.BAR_CHART) {
            for (int i = 0; i < DATA.length; i++) {
                pen.rect(left + i * step + step * 0.2, bottom - plotH * DATA[i], step * 0.6, plotH * DATA[i], BLUE,
                        null, 0, null);
            }
        } else {
            double[] points = new double[DATA.length * 2];
            for (int i = 0; i < DATA.length; i++) {
                points[2 * i] = left + i * step + step / 2;
                points[2 * i + 1] = bottom - plotH * DATA[i];
            }
            pen.path(points, false, null, BLUE, 2);
        }
    }
}
