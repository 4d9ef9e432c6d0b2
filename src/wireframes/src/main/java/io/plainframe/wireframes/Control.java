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
 * @param text    its text (a button's caption, a label's words, a dropdown's shown value); may be empty
 * @param checked checkbox and radio: whether it is checked
 * @param options dropdown: the choices
 * @param cells   table: rows of cell texts
 * @param level   heading: 1 to 3
 * @param group   any type: the id of the group it belongs to, empty when none (editing only; not drawn)
 * @param locked  any type: whether the editor keeps it from being moved, resized or deleted (not drawn)
 */
public record Control(String id, ControlType type, int x, int y, int width, int height, String text,
                      boolean checked, List<String> options, List<List<String>> cells, int level,
                      String group, boolean locked) {

    public Control {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        text = text == null ? "" : text;
        group = group == null ? "" : group;
        options = List.copyOf(options == null ? List.of() : options);
        cells = cells == null ? List.of() : cells.stream().map(List::copyOf).toList();
    }

    /** A control in no group and not locked. */
    public Control(String id, ControlType type, int x, int y, int width, int height, String text,
                   boolean checked, List<String> options, List<List<String>> cells, int level) {
        this(id, type, x, y, width, height, text, checked, options, cells, level, "", false);
    }

    /** A control with nothing but its geometry and text. */
    public static Control of(String id, ControlType type, int x, int y, int width, int height, String text) {
        return new Control(id, type, x, y, width, height, text, false, List.of(), List.of(),
                type == ControlType.HEADING ? 1 : 0);
    }
}
