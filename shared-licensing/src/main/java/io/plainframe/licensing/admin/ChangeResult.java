package io.plainframe.licensing.admin;

import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.i18n.Outcome;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a change ended: a code, a sentence, and details for programs (such as the free and requested seat
 * counts of {@link ChangeCode#NO_FREE_SEATS}).
 *
 * @param outcome the code and its message
 * @param details named values, JSON-ready (strings, numbers, lists of strings)
 */
public record ChangeResult(Outcome<ChangeCode> outcome, Map<String, Object> details) {

    public ChangeResult {
        Objects.requireNonNull(outcome, "outcome");
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    static ChangeResult done(String key, Object... arguments) {
        return new ChangeResult(Outcome.of(ChangeCode.DONE, key, arguments), Map.of());
    }

    static ChangeResult refused(ChangeCode code, Object... arguments) {
        return new ChangeResult(Outcome.of(code, code.i18nKey(), arguments), Map.of());
    }

    static ChangeResult refused(ChangeCode code, Message message, Map<String, Object> details) {
        return new ChangeResult(new Outcome<>(code, message), details);
    }

    public ChangeCode code() {
        return outcome.code();
    }

    public Message message() {
        return outcome.message();
    }

    public boolean isDone() {
        return code() == ChangeCode.DONE;
    }
}
