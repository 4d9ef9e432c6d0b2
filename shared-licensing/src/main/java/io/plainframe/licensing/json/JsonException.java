package io.plainframe.licensing.json;

/** The text is not JSON (or not of the expected shape); the message names the position. */
public final class JsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JsonException(String message) {
        super(message, null, false, false);
    }
}
