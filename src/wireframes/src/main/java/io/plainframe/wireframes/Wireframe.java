package io.plainframe.wireframes;

import java.util.List;

/**
 * A wireframe: a canvas and the controls on it, in drawing order (later ones on top), and its title.
 *
 * @param width    canvas width
 * @param height   canvas height
 * @param controls the controls
 * @param title    what the wireframe shows (issue 16), empty when it has none
 */
public record Wireframe(int width, int height, List<Control> controls, String title) {

    /** The format version this build writes; documents carry it as {@code "formatVersion"}. */
    public static final int FORMAT = 1;
    /** A new wireframe's canvas. */
    public static final int DEFAULT_WIDTH = 960;
    public static final int DEFAULT_HEIGHT = 600;

    public Wireframe {
        controls = List.copyOf(controls);
        title = title == null ? "" : title;
    }

    /** A wireframe without a title (as every document before issue 16). */
    public Wireframe(int width, int height, List<Control> controls) {
        this(width, height, controls, "");
    }

    /** An empty canvas, what "New wireframe" starts with. */
    public static Wireframe blank() {
        return new Wireframe(DEFAULT_WIDTH, DEFAULT_HEIGHT, List.of());
    }
}
