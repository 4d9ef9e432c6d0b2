package io.plainframe.licensing.admin;

import io.plainframe.licensing.access.AccessSnapshots;
import io.plainframe.licensing.audit.Actor;
import io.plainframe.licensing.audit.AuditAction;
import io.plainframe.licensing.audit.AuditEvent;
import io.plainframe.licensing.host.AuditSink;
import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.seat.Editor;
import io.plainframe.licensing.seat.EditorState;
import io.plainframe.licensing.seat.SeatAllocation;
import io.plainframe.licensing.state.StateStore;
import io.plainframe.licensing.state.StateStore.Change;
import io.plainframe.licensing.state.StateStore.Loaded;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * How every change is made: computed from the state it replaces (compare-and-set), then its audit events and
 * the seat moves it caused are recorded and the new access snapshot installed.
 */
final class Changes {
    /** Beyond this many editors changed at once, the audit gets one summary instead of one event each. */
    static final int AUDIT_EACH_UP_TO = 20;

    private static final System.Logger LOG = System.getLogger(Changes.class.getName());

    private final StateStore store;
    private final AccessSnapshots snapshots;
    private final AuditSink audit;
    private final Clock clock;

    Changes(StateStore store, AccessSnapshots snapshots, AuditSink audit, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Instant now() {
        return clock.instant();
    }

    /** Runs a change, then records its audit events and seat moves and installs the new snapshot. */
    ChangeResult apply(Function<Loaded, Change<Decided>> change) {
        StateStore.Result<Decided> result;
        try {
            result = store.update(change);
        } catch (HostUnavailableException e) {
            return ChangeResult.refused(ChangeCode.HOST_UNAVAILABLE);
        } catch (CorruptValueException e) {
            return ChangeResult.refused(ChangeCode.STATE_UNREADABLE);
        }
        if (result.written()) {
            int seatsBefore = snapshots.governingFor(result.before().state()).seats();
            SeatAllocation before = SeatAllocation.of(result.before().state().roster(), seatsBefore);
            SeatAllocation after = snapshots.install(result.after()).allocation();
            List<AuditEvent> events = new ArrayList<>(result.result().events());
            events.addAll(seatMoves(before, after));
            record(events);
        }
        return result.result().result();
    }

    /** The change is made: an audit that cannot be written now is logged, never turned into a failed change. */
    private void record(List<AuditEvent> events) {
        try {
            audit.recordAll(events);
        } catch (RuntimeException e) {
            for (AuditEvent event : events) {
                LOG.log(System.Logger.Level.ERROR, "Could not write the audit event " + event.action() + " "
                        + event.subject() + " at " + event.at() + " (" + event.message().key() + " "
                        + event.message().arguments() + "): " + e.getMessage());
            }
        }
    }

    /** Editors who lost or got a seat through the change (fewer seats, editors removed ahead of them). */
    private List<AuditEvent> seatMoves(SeatAllocation before, SeatAllocation after) {
        List<AuditEvent> events = new ArrayList<>();
        List<Editor> editors = after.roster().editors();
        for (int i = 0; i < editors.size(); i++) {
            Editor editor = editors.get(i);
            EditorState was = before.stateOf(editor.userKey());
            EditorState is = after.stateAt(i);
            if (is == EditorState.WAITING && was != EditorState.WAITING) {
                events.add(event(Actor.SYSTEM, AuditAction.EDITOR_WAITING, editor.username(),
                        after.seats() == 0 ? "plainframe.audit.editor-waiting.no-license"
                                : "plainframe.audit.editor-waiting", Actor.SYSTEM.username(), editor.username()));
            } else if (is == EditorState.LICENSED && was == EditorState.WAITING) {
                events.add(event(Actor.SYSTEM, AuditAction.EDITOR_SEATED, editor.username(),
                        "plainframe.audit.editor-seated", Actor.SYSTEM.username(), editor.username()));
            }
        }
        return summarised(events);
    }

    /**
     * Up to {@link #AUDIT_EACH_UP_TO} editor events of a kind one by one, in order; more become one summary
     * naming the first of them.
     */
    static List<AuditEvent> summarised(List<AuditEvent> events) {
        Map<AuditAction, List<AuditEvent>> byAction = new EnumMap<>(AuditAction.class);
        events.forEach(e -> byAction.computeIfAbsent(e.action(), a -> new ArrayList<>()).add(e));
        List<AuditEvent> result = new ArrayList<>();
        Set<AuditAction> summarisedAlready = new HashSet<>();
        for (AuditEvent event : events) {
            List<AuditEvent> same = byAction.get(event.action());
            if (same.size() <= AUDIT_EACH_UP_TO || !event.action().name().startsWith("EDITOR_")) {
                result.add(event);
            } else if (summarisedAlready.add(event.action())) {
                List<String> names = same.stream().limit(AUDIT_EACH_UP_TO).map(AuditEvent::subject).toList();
                String key = event.action().i18nKey() + ".many"
                        + (event.actor().isSystem() && event.message().key().endsWith(".group") ? ".group" : "");
                result.add(new AuditEvent(event.at(), event.actor(), event.action(), same.size() + " editors",
                        Message.of(key, event.actor().username(), same.size(), String.join(", ", names))));
            }
        }
        return result;
    }

    AuditEvent event(Actor actor, AuditAction action, String subject, String key, Object... arguments) {
        return new AuditEvent(clock.instant(), actor, action, subject, Message.of(key, arguments));
    }
}
