package io.plainframe.licensing.issue;

import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.key.License;
import java.util.List;
import java.util.Objects;

/**
 * A freshly signed key.
 *
 * @param license what it says
 * @param key     the one-line key text to send to the customer
 * @param notes   things the sales person should know before sending it (for example that an upgrade replaces
 *                maintenance the old license had left)
 */
public record IssuedKey(License license, String key, List<Message> notes) {

    public IssuedKey {
        Objects.requireNonNull(license, "license");
        Objects.requireNonNull(key, "key");
        notes = List.copyOf(notes);
    }
}
