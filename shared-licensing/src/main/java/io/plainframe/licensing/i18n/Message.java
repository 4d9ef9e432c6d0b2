package io.plainframe.licensing.i18n;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Something to tell a person, as an i18n key and its arguments; rendered by the host's i18n resolver or by
 * {@link MessageBundle}.
 *
 * <p>Arguments are strings or whole numbers only, so they survive JSON, {@code Serializable} host APIs and
 * {@link java.text.MessageFormat} choice patterns alike. Dates become ISO strings ({@code 2027-01-15}).
 */
public record Message(String key, List<Object> arguments) {

    public Message {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("an i18n key must not be blank");
        }
        for (Object argument : arguments) {
            if (!(argument instanceof String || argument instanceof Integer || argument instanceof Long)) {
                throw new IllegalArgumentException("message arguments are strings or whole numbers, not "
                        + (argument == null ? "null" : argument.getClass().getName()));
            }
        }
        arguments = List.copyOf(arguments);
    }

    /** A message; {@link LocalDate}s and other objects are turned into their text, whole numbers kept. */
    public static Message of(String key, Object... arguments) {
        List<Object> converted = new ArrayList<>(arguments.length);
        for (Object argument : arguments) {
            converted.add(argument instanceof Integer || argument instanceof Long
                    ? argument : String.valueOf(argument));
        }
        return new Message(key, converted);
    }
}
