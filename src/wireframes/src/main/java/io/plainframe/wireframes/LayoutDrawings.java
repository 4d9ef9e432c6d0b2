package io.plainframe.wireframes;

import static io.plainframe.wireframes.SvgPen.BLUE;
import static io.plainframe.wireframes.SvgPen.DARK;
import static io.plainframe.wireframes.SvgPen.FAINT;
import static io.plainframe.wireframes.SvgPen.FILL;
import static io.plainframe.wireframes.SvgPen.INK;
import static io.plainframe.wireframes.SvgPen.RULE;
import static io.plainframe.wireframes.SvgPen.SIZE;
import static io.plainframe.wireframes.SvgPen.SOFT;
import static io.plainframe.wireframes.SvgPen.WHITE;

import io.plainframe.wireframes.SvgPen.Align;
import java.util.List;

/** Containers, navigation and data. The editor's script draws each the same way (a browser test compares them). */
final class LayoutDrawings {

    static final int BAR = 28;
    static final String SELECTED = "#deebff";

    private LayoutDrawings() {
    }

    static void draw(SvgPen pen, Control c) {
        int w = c.width();
        int h = c.height();
        switch (c.type()) {
            case CONTAINER -> {
                pen.box(w, h, "none", FAINT, 4, "6 4");
                pen.text(c.text(), 8, 4, w - 16, 24, Align.START, FAINT, true, SIZE, null);
            }
            case PANEL -> {
                pen.box(w, h, WHITE, INK, 3, null);
                pen.rect(1, 1, w - 2, Math.min(BAR, h - 2), FILL, null, 0, null);
                pen.line(0, BAR, w, BAR, INK, 0);
                pen.text(c.text(), 8, 0, w - 16, BAR, Align.START, DARK, true, SIZE, null);
            }
            case BROWSER_WINDOW -> {
                pen.box(w, h, WHITE, INK, 4, null);
                pen.rect(1, 1, w - 2, 31, FILL, null, 0, null);
                pen.line(0, 32, w, 32, INK, 0);
                for (int i = 0; i < 3; i++) {
                    pen.circle(14 + 12 * i, 16, 4, RULE, null, 0);
                }
                pen.rect(52, 7, w - 60, 18, WHITE, RULE, 9, null);
                pen.text(c.text(), 60, 7, w - 76, 18, Align.START, FAINT);
            }
            case PHONE -> {
                pen.box(w, h, WHITE, INK, 18, null);
                pen.rect(8.5, 32.5, w - 17, h - 65, "none", RULE, 0, null);
                pen.line(w / 2.0 - 16, 17, w / 2.0 + 16, 17, INK, 3);
                pen.circle(w / 2.0, h - 16, 8, "none", INK, 0);
                pen.text(c.text(), 14, 34, w - 28, 22, Align.MIDDLE, INK);
            }
            case DIALOG -> {
                pen.rect(4, 4, w - 4, h - 4, SOFT, null, 3, null);
                pen.rect(0.5, 0.5, w - 5, h - 5, WHITE, INK, 3, null);
                pen.line(0, 36, w - 4, 36, RULE, 0);
                pen.text(c.text(), 12, 0, w - 48, 36, Align.START, DARK, true, SIZE, null);
                pen.line(w - 26, 13, w - 16, 23, INK, 1.5);
                pen.line(w - 16, 13, w - 26, 23, INK, 1.5);
            }
            case TABS -> tabs(pen, c);
            case ACCORDION -> accordion(pen, c);
            case SEPARATOR -> {
                if (w >= h) {
                    pen.line(0, h / 2.0, w, h / 2.0, RULE, 0);
                } else {
                    pen.line(w / 2.0, 0, w / 2.0, h, RULE, 0);
                }
            }
            case MENU_BAR -> menuBar(pen, c);
            case VERTICAL_MENU, LIST, TREE -> rows(pen, c);
            case BREADCRUMBS -> breadcrumbs(pen, c);
            case PAGINATION -> pagination(pen, c);
            case TABLE -> table(pen, c);
            default -> MediaDrawings.draw(pen, c);
        }
    }

    private static void tabs(SvgPen pen, Control c) {
        List<QuickText.Item> items = QuickText.parse(c.text());
        int w = c.width();
        pen.rect(0.5, BAR + 0.5, w - 1, c.height() - BAR - 1, WHITE, INK, 0, null);
        double each = Math.min(120, (w - 1) / (double) Math.max(1, items.size()));
        for (int i = 0; i < items.size(); i++) {
            QuickText.Item item = items.get(i);
            double x = 0.5 + i * each;
            pen.rect(x, 0.5, each - 2, BAR, item.selected() ? WHITE : FILL, INK, 0, null);
            if (item.selected()) {
                pen.line(x + 0.5, BAR + 0.5, x + each - 2.5, BAR + 0.5, WHITE, 0);
            }
            pen.text(item.text(), x + 6, 0, each - 14, BAR, Align.MIDDLE, item.disabled() ? FAINT : INK,
                    item.selected(), SIZE, null);
        }
    }

    /** Headers one under another; the selected one is open and takes the room left. */
    private static void accordion(SvgPen pen, Control c) {
        List<QuickText.Item> items = QuickText.parse(c.text());
        int w = c.width();
        int open = items.size() * BAR > c.height() ? 0 : c.height() - items.size() * BAR;
        double y = 0.5;
        for (QuickText.Item item : items) {
            if (y + BAR > c.height() + 0.5) {
                pen.overflow();
                return;
            }
            pen.rect(0.5, y, w - 1, BAR - 1, FILL, INK, 0, null);
            double middle = y + BAR / 2.0;
            pen.path(item.selected() ? new double[] {8, middle - 2, 12, middle + 2, 16, middle - 2}
                    : new double[] {10, middle - 4, 14, middle, 10, middle + 4}, false, null, INK, 1.5);
            pen.text(item.text(), 24, y, w - 32, BAR - 1, Align.START, item.disabled() ? FAINT : INK);
            y += BAR;
            if (item.selected() && open > 0) {
                pen.rect(0.5, y - 1, w - 1, open, WHITE, INK, 0, null);
                y += open;
            }
        }
    }

    private static void menuBar(SvgPen pen, Control c) {
        List<QuickText.Item> items = QuickText.parse(c.text());
        int w = c.width();
        int h = c.height();
        pen.box(w, h, FILL, INK, 0, null);
        double x = 1;
        for (QuickText.Item item : items) {
            double each = TextFit.width(item.text(), SIZE, false) + 24;
            if (x + each > w) {
                pen.overflow();
                return;
            }
            if (item.selected()) {
                pen.rect(x, 1, each, h - 2, SOFT, null, 0, null);
            }
            pen.text(item.text(), x + 12, 0, each - 24, h, Align.START, item.disabled() ? FAINT : DARK);
            x += each;
        }
    }

    /** Vertical menus, lists and trees: a row per item, indented by depth, the selected one highlighted. */
    private static void rows(SvgPen pen, Control c) {
        List<QuickText.Item> items = QuickText.parse(c.text());
        int w = c.width();
        boolean menu = c.type() == ControlType.VERTICAL_MENU;
        int row = menu ? BAR : 22;
        if (menu) {
            pen.box(w, c.height(), WHITE, INK, 0, null);
        }
        for (int i = 0; i < items.size(); i++) {
            QuickText.Item item = items.get(i);
            double y = i * row;
            if (y + row > c.height()) {
                pen.overflow();
                return;
            }
            double indent = 8 + 16 * Math.min(item.depth(), 8);
            double middle = y + row / 2.0;
            if (item.selected()) {
                pen.rect(1, y + 1, w - 2, row - 2, SELECTED, null, 0, null);
            }
            if (c.type() == ControlType.LIST) {
                pen.circle(indent + 2, middle, 2.5, INK, null, 0);
            } else if (c.type() == ControlType.TREE && i + 1 < items.size()
                    && items.get(i + 1).depth() > item.depth()) {
                pen.path(new double[] {indent - 2, middle - 2, indent + 2, middle + 2, indent + 6, middle - 2}, false,
                        null, INK, 1.5);
            }
            String ink = item.disabled() ? FAINT : item.selected() ? BLUE : INK;
            pen.text(item.text(), indent + 12, y, w - indent - 16, row, Align.START, ink);
        }
    }

    private static void breadcrumbs(SvgPen pen, Control c) {
        List<QuickText.Item> items = QuickText.parse(c.text());
        double x = 0;
        for (int i = 0; i < items.size(); i++) {
            QuickText.Item item = items.get(i);
            boolean last = i == items.size() - 1;
            double each = TextFit.width(item.text(), SIZE, false) + 2;
            if (x + each > c.width()) {
                pen.overflow();
                return;
            }
            pen.text(item.text(), x, 0, each, c.height(), Align.START, last || item.disabled() ? INK : BLUE, false,
                    SIZE, last ? null : "underline");
            x += each + 6;
            if (!last) {
                pen.path(new double[] {x, c.height() / 2.0 - 4, x + 4, c.height() / 2.0, x, c.height() / 2.0 + 4},
                        false, null, FAINT, 1.5);
                x += 12;
            }
        }
    }

    private static void pagination(SvgPen pen, Control c) {
        List<QuickText.Item> items = QuickText.parse(c.text());
        int h = c.height();
        double x = 0.5;
        for (QuickText.Item item : items) {
            double each = Math.max(h - 1, TextFit.width(item.text(), SIZE, false) + 12);
            if (x + each > c.width()) {
                pen.overflow();
                return;
            }
            pen.rect(x, 0.5, each, h - 1, item.selected() ? BLUE : WHITE, item.selected() ? BLUE : RULE, 3, null);
            pen.text(item.text(), x + 4, 0, each - 8, h, Align.MIDDLE,
                    item.selected() ? WHITE : item.disabled() ? FAINT : INK);
            x += each + 4;
        }
    }

    private static void table(SvgPen pen, Control c) {
        List<List<String>> cells = c.cells();
        int rows = Math.max(1, cells.size());
        int columns = Math.max(1, cells.stream().mapToInt(List::size).max().orElse(1));
        double rowHeight = c.height() / (double) rows;
        double columnWidth = c.width() / (double) columns;
        pen.rect(0.5, 0.5, c.width() - 1, rowHeight - 0.5, FILL, null, 0, null);
        for (int r = 1; r < rows; r++) {
            pen.line(0, r * rowHeight, c.width(), r * rowHeight, SvgPen.RULE, 0);
        }
        for (int col = 1; col < columns; col++) {
            pen.line(col * columnWidth, 0, col * columnWidth, c.height(), SvgPen.RULE, 0);
        }
        pen.box(c.width(), c.height(), "none", INK, 0, null);
        for (int r = 0; r < cells.size(); r++) {
            List<String> row = cells.get(r);
            for (int col = 0; col < row.size(); col++) {
                pen.text(row.get(col), col * columnWidth + 6, r * rowHeight, columnWidth - 12, rowHeight,
                        Align.START, INK, r == 0, SIZE, null);
            }
        }
    }
}
