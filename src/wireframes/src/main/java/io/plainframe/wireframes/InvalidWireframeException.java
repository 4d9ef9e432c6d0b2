package io.plainframe.wireframes;

import io.plainframe.licensing.i18n.Message;
import java.util.Objects;

/**
 * A wireframe document that cannot be stored: what is wrong, where (a JSON path such as
 * {@code $.controls[3].w}), and the message to show. Nothing is stored when this is thrown.
 */
public final class InvalidWireframeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of problem, for the REST API's status and code. */
    public enum Problem {
        /** Larger than {@link WireframeFormat#MAX_BYTES}: 413. */
        TOO_LARGE,
        /** Not JSON at all: 400. */
        NOT_JSON,
        /** JSON, but not a wireframe this build accepts: 400, with the path. */
        INVALID
    }

    private final Problem problem;
    private final String path;
    private final transient Message text;

    InvalidWireframeException(Problem problem, String path, Message text) {
        super(text.key() + " at " + path);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.path = path;
        this.text = Objects.requireNonNull(text, "text");
    }

    public Problem problem() {
        return problem;
    }

    /** The JSON path of the first error, {@code $} for the document itself. */
    public String path() {
        return path;
    }

    /** What to tell the person who saved it. */
    public Message text() {
        return text;
    }
}
