package io.plainframe.wireframes;

import java.util.List;

/**
 * A wireframe: a canvas and the controls on it, in drawing order (later ones on top).
 *
 * @param width    canvas width
 * @param height   canvas height
 * @param controls the controls
 */
public record Wireframe(int width, int height, List<Control> controls) {

    /** The format version this build writes; documents carry it as {@code "formatVersion"}. */
    public static final int FORMAT = 1;
    /** A new wireframe's canvas. */
    public static final int DEFAULT_WIDTH = 960;
    public static final int DEFAULT_HEIGHT = 600;

    public Wireframe {
        controls = List.copyOf(controls);
    }

    /** An empty canvas, what "New wireframe" starts with. */
    public static Wireframe blank() {
        return new Wireframe(DEFAULT_WIDTH, DEFAULT_HEIGHT, List.of());
    }
}
