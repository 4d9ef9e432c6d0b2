package io.plainframe.wireframes;

import static io.plainframe.wireframes.SvgPen.BLUE;
import static io.plainframe.wireframes.SvgPen.DARK;
import static io.plainframe.wireframes.SvgPen.FAINT;
import static io.plainframe.wireframes.SvgPen.FILL;
import static io.plainframe.wireframes.SvgPen.INK;
import static io.plainframe.wireframes.SvgPen.SIZE;
import static io.plainframe.wireframes.SvgPen.SOFT;
import static io.plainframe.wireframes.SvgPen.WHITE;

import io.plainframe.wireframes.SvgPen.Align;
import java.util.List;

/** Buttons, inputs and text. The editor's script draws each the same way (a browser test compares them). */
final class InputDrawings {

    /** The height of one row of a group of checkboxes or radio buttons. */
    static final int ROW = 24;

    private InputDrawings() {
    }

    static void draw(SvgPen pen, Control c) {
        int w = c.width();
        int h = c.height();
        double middle = h / 2.0;
        switch (c.type()) {
            case BUTTON -> {
                pen.box(w, h, FILL, INK, 4, null);
                pen.text(c.text(), 6, 0, w - 12, h, Align.MIDDLE, INK, true, SIZE, null);
            }
            case TEXT_INPUT -> {
                pen.box(w, h, WHITE, INK, 3, null);
                pen.text(c.text(), 8, 0, w - 16, h, Align.START, FAINT);
            }
            case TEXT_AREA -> {
                pen.box(w, h, WHITE, INK, 3, null);
                pen.text(c.text(), 8, 4, w - 16, h - 8, Align.TOP_START, FAINT);
            }
            case CHECKBOX -> {
                checkbox(pen, middle, c.checked());
                pen.text(c.text(), 24, 0, w - 24, h, Align.START, INK);
            }
            case RADIO -> {
                radio(pen, middle, c.checked());
                pen.text(c.text(), 24, 0, w - 24, h, Align.START, INK);
            }
            case CHECKBOX_GROUP, RADIO_GROUP -> group(pen, c);
            case DROPDOWN -> {
                pen.box(w, h, WHITE, INK, 3, null);
                pen.text(c.text().isEmpty() && !c.options().isEmpty() ? c.options().get(0) : c.text(), 8, 0, w - 36,
                        h, Align.START, INK);
                chevron(pen, w - 15, middle);
            }
            case TOGGLE -> {
                pen.rect(0.5, middle - 9, 34, 18, c.checked() ? BLUE : SOFT, null, 9, null);
                pen.circle(c.checked() ? 25.5 : 9.5, middle, 7, WHITE, null, 0);
                pen.text(c.text(), 44, 0, w - 44, h, Align.START, INK);
            }
            case SLIDER -> {
                double knob = 8 + (w - 16) * c.value() / 100.0;
                pen.line(8, middle, w - 8, middle, SOFT, 4);
                pen.line(8, middle, knob, middle, BLUE, 4);
                pen.circle(knob, middle, 7, WHITE, INK, 0);
            }
            case DATE_PICKER -> {
                pen.box(w, h, WHITE, INK, 3, null);
                pen.text(c.text(), 8, 0, w - 40, h, Align.START, INK);
                pen.rect(w - 26, middle - 7, 16, 15, null, INK, 1, null);
                pen.line(w - 26, middle - 3, w - 10, middle - 3, INK, 0);
            }
            case SEARCH_BOX -> {
                pen.box(w, h, WHITE, INK, Math.min(h / 2.0, 16), null);
                pen.circle(14, middle - 1, 5, null, INK, 1.5);
                pen.line(17.5, middle + 2.5, 21, middle + 6, INK, 1.5);
                pen.text(c.text(), 28, 0, w - 36, h, Align.START, FAINT);
            }
            case NUMBER_STEPPER -> {
                pen.box(w, h, WHITE, INK, 3, null);
                pen.text(c.text(), 8, 0, w - 40, h, Align.START, INK);
                pen.line(w - 24, 0, w - 24, h, INK, 0);
                pen.path(new double[] {w - 16, middle - 3, w - 12, middle - 7, w - 8, middle - 3}, false, null, INK,
                        1.5);
                pen.path(new double[] {w - 16, middle + 3, w - 12, middle + 7, w - 8, middle + 3}, false, null, INK,
                        1.5);
            }
            case BUTTON_BAR -> buttonBar(pen, c);
            case HEADING -> {
                int size = c.level() == 1 ? 28 : c.level() == 2 ? 22 : 18;
                pen.text(c.text(), 0, 0, w, h, Align.TOP_START, DARK, true, size, null);
            }
            case LABEL -> pen.text(c.text(), 0, 0, w, h, Align.TOP_START, INK);
            case PARAGRAPH -> pen.text(c.text(), 0, 0, w, h, Align.TOP_START, DARK);
            case LINK -> pen.text(c.text(), 0, 0, w, h, Align.START, BLUE, false, SIZE, "underline");
            default -> throw new IllegalStateException("no drawing for " + c.type());
        }
    }

    static void checkbox(SvgPen pen, double middle, boolean checked) {
        pen.rect(1.5, middle - 7, 14, 14, WHITE, INK, 2, null);
        if (checked) {
            pen.path(new double[] {4.5, middle, 7.5, middle + 3, 12.5, middle - 3}, false, null, INK, 2);
        }
    }

    static void radio(SvgPen pen, double middle, boolean checked) {
        pen.circle(8.5, middle, 7, WHITE, INK, 0);
        if (checked) {
            pen.circle(8.5, middle, 3.5, INK, null, 0);
        }
    }

    static void chevron(SvgPen pen, double x, double middle) {
        pen.path(new double[] {x - 5, middle - 3, x, middle + 2, x + 5, middle - 3}, false, null, INK, 1.5);
    }

    /** Checkboxes or radio buttons, one row per item; {@code *} checks one, {@code -} greys it. */
    private static void group(SvgPen pen, Control c) {
        List<QuickText.Item> items = QuickText.parse(c.text());
        for (int i = 0; i < items.size(); i++) {
            QuickText.Item item = items.get(i);
            if ((i + 1) * ROW > c.height()) {
                pen.overflow();
                return;
            }
            double middle = i * ROW + ROW / 2.0;
            if (c.type() == ControlType.CHECKBOX_GROUP) {
                checkbox(pen, middle, item.selected());
            } else {
                radio(pen, middle, item.selected());
            }
            pen.text(item.text(), 24, i * ROW, c.width() - 24, ROW, Align.START, item.disabled() ? FAINT : INK);
        }
    }

    /** Buttons side by side in one outline, of equal width; {@code *} is pressed. */
    private static void buttonBar(SvgPen pen, Control c) {
        List<QuickText.Item> items = QuickText.parse(c.text());
        int w = c.width();
        int h = c.height();
        pen.box(w, h, WHITE, INK, 4, null);
        double each = (w - 1) / (double) Math.max(1, items.size());
        for (int i = 0; i < items.size(); i++) {
            QuickText.Item item = items.get(i);
            double x = 0.5 + i * each;
            if (item.selected()) {
                pen.rect(x, 0.5, each, h - 1, SOFT, null, 0, null);
            }
            if (i > 0) {
                pen.line(x, 0, x, h, INK, 0);
            }
            pen.text(item.text(), x + 4, 0, each - 8, h, Align.MIDDLE, item.disabled() ? FAINT : INK);
        }
    }
}
