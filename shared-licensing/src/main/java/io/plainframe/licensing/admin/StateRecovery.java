package io.plainframe.licensing.admin;

import io.plainframe.licensing.access.AccessSnapshots;
import io.plainframe.licensing.audit.Actor;
import io.plainframe.licensing.audit.AuditAction;
import io.plainframe.licensing.audit.AuditEvent;
import io.plainframe.licensing.check.LicenseCheck;
import io.plainframe.licensing.check.LicenseValidator;
import io.plainframe.licensing.host.AuditSink;
import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.key.KeyText;
import io.plainframe.licensing.state.PlainframeState;
import io.plainframe.licensing.state.StateStore;
import io.plainframe.licensing.state.StateStore.Loaded;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The way out when Plainframe's stored state cannot be read. Damage is reported and never overwritten on its
 * own (SPEC 7), so without this an admin would face a dead end: every change refused, editing paused. An admin
 * may instead go back to the revision before the damaged one, or start afresh from a license key alone (no
 * editors, default settings); either is audited, and the damaged text is left in the store for whoever looks
 * into what happened.
 */
public final class StateRecovery {

    private static final System.Logger LOG = System.getLogger(StateRecovery.class.getName());

    private final LicenseValidator validator;
    private final StateStore store;
    private final AccessSnapshots snapshots;
    private final AuditSink audit;
    private final Clock clock;

    public StateRecovery(LicenseValidator validator, StateStore store, AccessSnapshots snapshots, AuditSink audit,
                         Clock clock) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.store = Objects.requireNonNull(store, "store");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What is wrong and what an admin may do about it.
     *
     * @throws HostUnavailableException when the store cannot answer
     */
    public Options options() {
        try {
            store.load();
            return new Options(Optional.empty(), Optional.empty(), Optional.empty());
        } catch (CorruptValueException damaged) {
            try {
                return new Options(Optional.of(damaged.getMessage()), store.loadPrevious(), Optional.empty());
            } catch (CorruptValueException previousDamaged) {
                return new Options(Optional.of(damaged.getMessage()), Optional.empty(),
                        Optional.of(previousDamaged.getMessage()));
            }
        }
    }

    /** Replaces the damaged state with the revision before it. */
    public ChangeResult restorePrevious(Actor admin) {
        try {
            Options options = options();
            if (!options.damaged()) {
                return ChangeResult.refused(ChangeCode.STATE_READABLE);
            }
            if (options.previous().isEmpty()) {
                return ChangeResult.refused(ChangeCode.NO_PREVIOUS_STATE);
            }
            Loaded previous = options.previous().get();
            return replace(admin, previous.state(), AuditAction.STATE_RESTORED,
                    Message.of("plainframe.audit.state-restored", admin.username(), previous.revision()),
                    ChangeResult.done("plainframe.change.done.state-restored", previous.revision()));
        } catch (HostUnavailableException e) {
            return ChangeResult.refused(ChangeCode.HOST_UNAVAILABLE);
        }
    }

    /**
     * Replaces the damaged state with a fresh one: this license key (none when blank), no editors, no requests,
     * default settings. A key that is not valid here is refused, so an admin cannot lock themselves out twice.
     */
    public ChangeResult startFromKey(Actor admin, String keyText) {
        PlainframeState fresh = PlainframeState.INITIAL;
        String licenseId = "-";
        if (keyText != null && !keyText.isBlank()) {
            LicenseCheck check = validator.check(keyText);
            if (!check.isValid()) {
                return ChangeResult.refused(ChangeCode.INVALID_LICENSE, check.message(),
                        Map.of("licenseCode", check.code().name()));
            }
            fresh = fresh.withVendorKey(KeyText.normalise(keyText));
            licenseId = check.validLicense().orElseThrow().licenseId();
        }
        try {
            if (!options().damaged()) {
                return ChangeResult.refused(ChangeCode.STATE_READABLE);
            }
            return replace(admin, fresh, AuditAction.STATE_RESTARTED,
                    Message.of("plainframe.audit.state-restarted", admin.username(), licenseId),
                    ChangeResult.done("plainframe.change.done.state-restarted"));
        } catch (HostUnavailableException e) {
            return ChangeResult.refused(ChangeCode.HOST_UNAVAILABLE);
        }
    }

    private ChangeResult replace(Actor admin, PlainframeState state, AuditAction action, Message message,
                                 ChangeResult done) {
        Optional<Loaded> written = store.replaceDamaged(state);
        if (written.isEmpty()) {
            return ChangeResult.refused(ChangeCode.STATE_READABLE); // repaired meanwhile, by another admin or node
        }
        snapshots.install(written.get());
        try {
            audit.record(new AuditEvent(clock.instant(), admin, action, "state", message));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Plainframe replaced its damaged state but could not audit it: " + e);
        }
        LOG.log(System.Logger.Level.WARNING, "Plainframe's damaged state was replaced by " + admin.username()
                + " (" + action + "); the damaged text is still in the host's plugin settings");
        return done;
    }

    /**
     * What recovery offers.
     *
     * @param problem         what is wrong with the stored state; empty when it reads well
     * @param previous        the revision before, when one is kept and readable
     * @param previousProblem what is wrong with the revision before, when it is kept but damaged too
     */
    public record Options(Optional<String> problem, Optional<Loaded> previous, Optional<String> previousProblem) {

        public boolean damaged() {
            return problem.isPresent();
        }
    }
}
