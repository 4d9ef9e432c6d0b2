package io.plainframe.licensing.seat;

import io.plainframe.licensing.audit.AuditAction;
import io.plainframe.licensing.host.HostUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Brings the roster in line with what the host's directory says, as a pure function of the facts gathered
 * beforehand (so a directory outage, which stops the gathering, changes nothing):
 * <ul>
 *   <li>new members of the editors group become editors, seated from now (or from their remembered place);</li>
 *   <li>group-only editors who left the group stop being editors (direct ones stay);</li>
 *   <li>deactivated users free their seat at once; reactivated ones queue again from now;</li>
 *   <li>users the host cannot find are flagged missing and keep their seat; found again, they are active.</li>
 * </ul>
 */
public final class RosterSync {

    private RosterSync() {
    }

    /**
     * @param roster       the roster now
     * @param groupMembers the editors group's members, as the directory lists them
     * @param lookups      what the directory says of editors not among the members (empty: no such user);
     *                     an editor without an entry was not looked up and is left as is
     * @param now          the time new and reactivated editors are seated from
     */
    public static Result apply(Roster roster, List<HostUser> groupMembers, Map<String, Optional<HostUser>> lookups,
                               Instant now) {
        return apply(roster, groupMembers, lookups, now, Map.of());
    }

    /**
     * As {@link #apply(Roster, List, Map, Instant)}, with the remembered places of group editors a change of the
     * editors group dropped: one who joins again is seated from their remembered time, not from now.
     *
     * @param remembered user key to remembered seated-since
     */
    public static Result apply(Roster roster, List<HostUser> groupMembers, Map<String, Optional<HostUser>> lookups,
                               Instant now, Map<String, Instant> remembered) {
        Map<String, HostUser> members = new HashMap<>();
        for (HostUser member : groupMembers) {
            members.put(member.userKey(), member);
        }
        List<Editor> kept = new ArrayList<>(roster.size() + members.size());
        List<Change> changes = new ArrayList<>();
        for (Editor editor : roster.editors()) {
            HostUser member = members.remove(editor.userKey());
            Optional<HostUser> fact = member != null ? Optional.of(member) : lookups.get(editor.userKey());
            if (fact == null) {
                kept.add(editor); // not looked up (added after the facts were gathered): nothing known
                continue;
            }
            Editor updated = updated(editor, member != null, fact, now, changes);
            if (updated != null) {
                kept.add(updated);
            }
        }
        for (HostUser member : groupMembers) {
            if (members.containsKey(member.userKey())) {
                Editor joined = new Editor(member.userKey(), member.username(), member.displayName(), member.email(),
                        false, true, remembered.getOrDefault(member.userKey(), now),
                        member.active() ? EditorStatus.ACTIVE : EditorStatus.INACTIVE);
                kept.add(joined);
                changes.add(new Change(AuditAction.EDITOR_ADDED, joined));
                members.remove(member.userKey());
            }
        }
        Roster next = Roster.of(kept);
        return new Result(next.equals(roster) ? roster : next, changes);
    }

    /** The editor after the facts, or null when they are no longer an editor. */
    private static Editor updated(Editor editor, boolean inGroup, Optional<HostUser> fact, Instant now,
                                  List<Change> changes) {
        if (fact.isEmpty()) {
            // Unknown to the host: keep the seat (an active editor becomes missing); never drop the editor.
            if (editor.status() == EditorStatus.ACTIVE) {
                Editor missing = editor.withStatus(EditorStatus.MISSING, editor.seatedSince());
                changes.add(new Change(AuditAction.EDITOR_MISSING, missing));
                return missing;
            }
            return editor;
        }
        HostUser user = fact.get();
        if (!editor.direct() && !inGroup) {
            changes.add(new Change(AuditAction.EDITOR_REMOVED, editor));
            return null;
        }
        Editor current = editor.withNames(user.username(), user.displayName(), user.email()).withGroup(inGroup);
        if (!user.active() && current.status() != EditorStatus.INACTIVE) {
            current = current.withStatus(EditorStatus.INACTIVE, current.seatedSince());
            changes.add(new Change(AuditAction.EDITOR_FREED, current));
        } else if (user.active() && current.status() == EditorStatus.INACTIVE) {
            current = current.withStatus(EditorStatus.ACTIVE, now);
            changes.add(new Change(AuditAction.EDITOR_REQUEUED, current));
        } else if (user.active() && current.status() == EditorStatus.MISSING) {
            current = current.withStatus(EditorStatus.ACTIVE, current.seatedSince());
            changes.add(new Change(AuditAction.EDITOR_FOUND, current));
        }
        return current;
    }

    /**
     * The roster after a sync.
     *
     * @param roster  the new roster (the same object when nothing changed)
     * @param changes what changed, for the audit
     */
    public record Result(Roster roster, List<Change> changes) {
    }

    /**
     * One change found in the directory.
     *
     * @param action what happened
     * @param editor the editor it happened to
     */
    public record Change(AuditAction action, Editor editor) {
    }
}
