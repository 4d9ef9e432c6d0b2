package io.plainframe.licensing.access;

import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.i18n.Outcome;
import java.util.Objects;

/**
 * What a user may do with a wireframe, and why.
 *
 * @param canView whether they may see it
 * @param canEdit whether they may change it
 * @param outcome the reason, as a code and a sentence for the user
 */
public record AccessDecision(boolean canView, boolean canEdit, Outcome<AccessReason> outcome) {

    public AccessDecision {
        Objects.requireNonNull(outcome, "outcome");
        if (canEdit && !canView) {
            throw new IllegalArgumentException("whoever may edit may view");
        }
    }

    static AccessDecision of(boolean canView, boolean canEdit, AccessReason reason, Object... arguments) {
        return new AccessDecision(canView, canEdit, Outcome.of(reason, reason.i18nKey(), arguments));
    }

    public AccessReason reason() {
        return outcome.code();
    }

    public Message message() {
        return outcome.message();
    }
}
