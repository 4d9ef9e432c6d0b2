package io.plainframe.licensing.i18n;

import java.util.Objects;

/**
 * A reason code and the message that explains it: how every license and access outcome is reported.
 * The code is for programs (REST clients, tests, logs), the message for people.
 *
 * @param <C> the kind of reason, for example {@code LicenseCode}
 */
public record Outcome<C extends Enum<C>>(C code, Message message) {

    public Outcome {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static <C extends Enum<C>> Outcome<C> of(C code, String key, Object... arguments) {
        return new Outcome<>(code, Message.of(key, arguments));
    }
}
