package io.plainframe.wireframes;

import java.util.ArrayList;
import java.util.List;

/**
 * The quick text syntax of the multi-item controls (lists, tabs, menus, trees, groups), as Balsamiq users know
 * it. The control's text has one item per line; lines of only spaces (tabs count as spaces) are skipped. Each
 * line may start with {@code >} once per nesting level, then {@code *} (selected) and {@code -} (disabled) in
 * any order, with spaces between them allowed; the rest, trimmed of spaces, is the item's text. Commas split an
 * item into cells. A backslash makes the next {@code * - > , \} literal ({@code \,} is a comma inside a cell);
 * before anything else it is itself. The editor's script parses the same text the same way (one corpus of cases
 * tests both).
 */
public final class QuickText {

    /**
     * One item.
     *
     * @param text     its text with the escapes resolved (commas included)
     * @param cells    its text split at unescaped commas, each trimmed
     * @param depth    how deeply nested (the number of leading {@code >})
     * @param selected whether it is marked {@code *}
     * @param disabled whether it is marked {@code -}
     */
    public record Item(String text, List<String> cells, int depth, boolean selected, boolean disabled) {
        public Item {
            cells = List.copyOf(cells);
        }
    }

    private QuickText() {
    }

    /** The items of a control's text. */
    public static List<Item> parse(String text) {
        List<Item> items = new ArrayList<>();
        for (String line : text.replace('\t', ' ').split("\n", -1)) {
            if (!trim(line).isEmpty()) {
                items.add(item(line));
            }
        }
        return items;
    }

    private static Item item(String line) {
        int i = 0;
        int depth = 0;
        boolean selected = false;
        boolean disabled = false;
        boolean markers = true;
        while (i < line.length() && markers) {
            char c = line.charAt(i);
            if (c == ' ') {
                i++;
            } else if (c == '>' && !selected && !disabled) {
                depth++;
                i++;
            } else if (c == '*' && !selected) {
                selected = true;
                i++;
            } else if (c == '-' && !disabled) {
                disabled = true;
                i++;
            } else {
                markers = false;
            }
        }
        StringBuilder whole = new StringBuilder();
        StringBuilder cell = new StringBuilder();
        List<String> cells = new ArrayList<>();
        for (; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && "*->,\\".indexOf(line.charAt(i + 1)) >= 0) {
                i++;
                whole.append(line.charAt(i));
                cell.append(line.charAt(i));
            } else if (c == ',') {
                whole.append(c);
                cells.add(trim(cell.toString()));
                cell.setLength(0);
            } else {
                whole.append(c);
                cell.append(c);
            }
        }
        cells.add(trim(cell.toString()));
        return new Item(trim(whole.toString()), cells, depth, selected, disabled);
    }

    /** Without leading and trailing spaces (only U+0020: both languages agree on what that is). */
    static String trim(String text) {
        return trimEnd(trimStart(text));
    }

    static String trimStart(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        return text.substring(start);
    }

    static String trimEnd(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end);
    }
}
