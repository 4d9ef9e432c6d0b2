package io.plainframe.licensing.host;

/** A stored value is damaged: reported to the admin and logged, never silently replaced. */
public final class CorruptValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public CorruptValueException(String key, String problem) {
        super("stored value '" + key + "' is damaged: " + problem, null, false, false);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
