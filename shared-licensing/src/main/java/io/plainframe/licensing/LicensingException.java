package io.plainframe.licensing;

import io.plainframe.licensing.i18n.Message;
import java.util.Objects;

/**
 * The one unchecked exception root of the licensing core. It always carries the {@link Message} that tells
 * a person what is wrong and what to do; its Java message is the i18n key, for logs.
 */
public abstract class LicensingException extends RuntimeException {

    private final transient Message userMessage;

    protected LicensingException(Message userMessage) {
        super(Objects.requireNonNull(userMessage, "userMessage").key() + " " + userMessage.arguments(), null,
                false, false);
        this.userMessage = userMessage;
    }

    /** What to tell the person, as an i18n key and arguments. */
    public Message userMessage() {
        return userMessage;
    }
}
