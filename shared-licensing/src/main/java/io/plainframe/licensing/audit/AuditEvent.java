package io.plainframe.licensing.audit;

import io.plainframe.licensing.i18n.Message;
import java.time.Instant;
import java.util.Objects;

/**
 * One audited change.
 *
 * @param at      when
 * @param actor   who: a user's key and name, or {@link Actor#SYSTEM} for changes found in the host's directory
 * @param action  what kind of change
 * @param subject what it was done to: a username, a license id, a setting
 * @param message the change in a sentence
 */
public record AuditEvent(Instant at, Actor actor, AuditAction action, String subject, Message message) {

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }
}
