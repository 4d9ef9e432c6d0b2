package io.plainframe.wireframes;

import java.util.List;
import java.util.Objects;

/**
 * One control on the canvas. Properties a type does not have are at their defaults ({@code false}, empty,
 * {@code 0}); {@link WireframeFormat} refuses them in documents.
 *
 * @param id      unique within the wireframe
 * @param type    what it is
 * @param x       left edge, from the canvas's left
 * @param y       top edge, from the canvas's top
 * @param width   width
 * @param height  height
 * @param text    its text (a button's caption, a label's words, a dropdown's shown value, a list's items in the
 *                {@link QuickText} syntax); may be empty
 * @param checked checkbox, radio and toggle: whether it is checked (on)
 * @param options dropdown: the choices
 * @param cells   table: rows of cell texts
 * @param level   heading: 1 to 3
 * @param value   slider and progress bar: 0 to 100 percent
 * @param group   any type: the id of the group it belongs to, empty when none (editing only; not drawn)
 * @param locked  any type: whether the editor keeps it from being moved, resized or deleted (not drawn)
 */
public record Control(String id, ControlType type, int x, int y, int width, int height, String text,
                      boolean checked, List<String> options, List<List<String>> cells, int level, int value,
                      String group, boolean locked) {

    /** What a slider or progress bar shows when its document does not say. */
    public static final int DEFAULT_VALUE = 50;

    public Control {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        text = text == null ? "" : text;
        group = group == null ? "" : group;
        options = List.copyOf(options == null ? List.of() : options);
        cells = cells == null ? List.of() : cells.stream().map(List::copyOf).toList();
    }

    /** A control whose value, if its type has one, is the default; in no group and not locked. */
    public Control(String id, ControlType type, int x, int y, int width, int height, String text,
                   boolean checked, List<String> options, List<List<String>> cells, int level) {
        this(id, type, x, y, width, height, text, checked, options, cells, level,
                type.properties().contains("value") ? DEFAULT_VALUE : 0);
    }

    /** A control in no group and not locked. */
    public Control(String id, ControlType type, int x, int y, int width, int height, String text,
                   boolean checked, List<String> options, List<List<String>> cells, int level, int value) {
        this(id, type, x, y, width, height, text, checked, options, cells, level, value, "", false);
    }

    /** A control with nothing but its geometry and text. */
    public static Control of(String id, ControlType type, int x, int y, int width, int height, String text) {
        return new Control(id, type, x, y, width, height, text, false, List.of(), List.of(),
                type == ControlType.HEADING ? 1 : 0);
    }
}
