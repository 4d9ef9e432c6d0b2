package io.plainframe.licensing.admin;

import io.plainframe.licensing.access.AccessSnapshots;
import io.plainframe.licensing.audit.Actor;
import io.plainframe.licensing.audit.AuditAction;
import io.plainframe.licensing.audit.AuditEvent;
import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.host.HostUser;
import io.plainframe.licensing.host.UserDirectory;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.seat.Editor;
import io.plainframe.licensing.seat.Roster;
import io.plainframe.licensing.seat.RosterSync;
import io.plainframe.licensing.seat.SeatMemory;
import io.plainframe.licensing.seat.SeatMode;
import io.plainframe.licensing.seat.SeatRequest;
import io.plainframe.licensing.state.PlainframeState;
import io.plainframe.licensing.state.Settings;
import io.plainframe.licensing.state.StateStore;
import io.plainframe.licensing.state.StateStore.Change;
import io.plainframe.licensing.state.StateStore.Loaded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The mode and editors-group setting, and bringing the roster in line with the host's directory. */
final class DirectorySync {

    private static final System.Logger LOG = System.getLogger(DirectorySync.class.getName());
    /** Tries of a sync whose facts went stale because the state changed meanwhile. */
    static final int SYNC_ATTEMPTS = 3;
    /** Editors named when a group change would remove them; the rest are counted. */
    static final int NAMED_REMOVALS = 20;
    private static final ChangeResult STALE_FACTS = ChangeResult.done("plainframe.change.done.synced");

    private final StateStore store;
    private final AccessSnapshots snapshots;
    private final UserDirectory directory;
    private final Changes changes;

    DirectorySync(StateStore store, AccessSnapshots snapshots, UserDirectory directory, Changes changes) {
        this.store = Objects.requireNonNull(store, "store");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.changes = Objects.requireNonNull(changes, "changes");
    }

    /**
     * Changes the mode and the editors group. "Everyone" is refused unless the governing license offers it; a new
     * group must exist in the host (kept as the host spells it), and when it leaves out editors who hold their seat
     * through the old group, the change is refused naming them until the admin confirms the removals. The new group
     * is synchronised at once (or at the next sync, when the directory cannot answer now).
     */
    ChangeResult updateSettings(Actor actor, SeatMode mode, String requestedGroup, boolean removalsConfirmed) {
        Objects.requireNonNull(mode, "mode");
        if (!Settings.acceptsGroup(requestedGroup)) {
            return ChangeResult.refused(ChangeCode.INVALID_GROUP, Settings.MAX_GROUP_LENGTH);
        }
        String editorsGroup;
        String readGroup;
        Set<String> newMembers = new HashSet<>();
        try {
            PlainframeState now = store.load().state();
            readGroup = now.settings().editorsGroup();
            if (now.settings().editorsGroup().equals(requestedGroup)) {
                editorsGroup = requestedGroup;
            } else {
                Optional<String> found = directory.findGroup(requestedGroup);
                if (found.isEmpty()) {
                    return ChangeResult.refused(ChangeCode.UNKNOWN_GROUP, Message.of(
                            ChangeCode.UNKNOWN_GROUP.i18nKey(), requestedGroup), Map.of("group", requestedGroup));
                }
                editorsGroup = found.get();
                directory.membersOf(editorsGroup).forEach(member -> newMembers.add(member.userKey()));
                List<Editor> dropped = dropped(now, newMembers);
                if (!removalsConfirmed && !dropped.isEmpty()) {
                    return removals(editorsGroup, dropped);
                }
            }
        } catch (HostUnavailableException e) {
            return ChangeResult.refused(ChangeCode.HOST_UNAVAILABLE);
        } catch (CorruptValueException e) {
            return ChangeResult.refused(ChangeCode.STATE_UNREADABLE);
        }
        Settings wanted = new Settings(mode, editorsGroup);
        boolean[] groupChanged = {false};
        ChangeResult result = changes.apply(loaded -> {
            PlainframeState state = loaded.state();
            if (!state.settings().editorsGroup().equals(readGroup)) {
                // Another admin changed the group since this change read it: what this one would drop, and
                // whether to ask first, was decided for a group that is no longer there.
                return Change.refuse(new Decided(ChangeResult.refused(ChangeCode.STATE_CHANGING), List.of()));
            }
            if (mode == SeatMode.EVERYONE && !snapshots.governingFor(state).allowsEveryone()) {
                return Change.refuse(new Decided(ChangeResult.refused(ChangeCode.MODE_NOT_ALLOWED), List.of()));
            }
            groupChanged[0] = !state.settings().editorsGroup().equals(editorsGroup);
            // The places of the editors this change drops are kept, so changing the group back restores them.
            SeatMemory memory = groupChanged[0]
                    ? state.memory().remember(dropped(state, newMembers), changes.now()) : state.memory();
            return Change.write(state.withSettings(wanted).withMemory(memory), new Decided(
                    ChangeResult.done("plainframe.change.done.settings"),
                    List.of(changes.event(actor, AuditAction.SETTINGS_CHANGED, "settings",
                            "plainframe.audit.settings-changed",
                            actor.username(), mode == SeatMode.EVERYONE ? 1 : 0, editorsGroup))));
        });
        if (result.isDone() && groupChanged[0]) {
            syncAfterChange();
        }
        return result;
    }

    /**
     * The sync that follows an admin's change that was made (a license applied, the group changed): whatever goes
     * wrong in it, the change stands and is answered as made; the next sync tries again.
     */
    void syncAfterChange() {
        try {
            syncDirectory();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Plainframe will sync editors with the directory later: " + e);
        }
    }

    /** The editors who hold their seat only through the editors group and are not members of the new one. */
    private static List<Editor> dropped(PlainframeState state, Set<String> newMembers) {
        List<Editor> dropped = new ArrayList<>();
        for (Editor editor : state.roster().editors()) {
            if (editor.group() && !editor.direct() && !newMembers.contains(editor.userKey())) {
                dropped.add(editor);
            }
        }
        return dropped;
    }

    /** The refusal naming the editors a new group would drop (the first {@link #NAMED_REMOVALS}) and counting them. */
    private static ChangeResult removals(String newGroup, List<Editor> dropped) {
        List<String> named = dropped.subList(0, Math.min(NAMED_REMOVALS, dropped.size())).stream()
                .map(Editor::username).toList();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("group", newGroup);
        details.put("count", dropped.size());
        details.put("usernames", named);
        return ChangeResult.refused(ChangeCode.REMOVES_EDITORS, Message.of(ChangeCode.REMOVES_EDITORS.i18nKey(),
                newGroup, dropped.size(), String.join(", ", named), dropped.size() - named.size()), details);
    }

    /**
     * Brings the roster in line with the directory (group members, deactivated, reactivated and missing
     * users). The facts are gathered first; if the directory cannot answer, nothing changes.
     */
    ChangeResult syncDirectory() {
        for (int attempt = 0; attempt < SYNC_ATTEMPTS; attempt++) {
            Loaded loaded;
            List<HostUser> members;
            Map<String, Optional<HostUser>> lookups = new HashMap<>();
            try {
                loaded = store.load();
                members = directory.membersOf(loaded.state().settings().editorsGroup());
                Set<String> memberKeys = new HashSet<>();
                members.forEach(member -> memberKeys.add(member.userKey()));
                for (Editor editor : loaded.state().roster().editors()) {
                    if (!memberKeys.contains(editor.userKey())) {
                        lookups.put(editor.userKey(), directory.findByKey(editor.userKey()));
                    }
                }
            } catch (HostUnavailableException e) {
                return ChangeResult.refused(ChangeCode.HOST_UNAVAILABLE);
            } catch (CorruptValueException e) {
                return ChangeResult.refused(ChangeCode.STATE_UNREADABLE);
            }
            Instant now = changes.now();
            String group = loaded.state().settings().editorsGroup();
            ChangeResult result = changes.apply(current -> {
                if (current.revision() != loaded.revision()) {
                    // Someone changed the state while the facts were gathered: they may be stale, gather again.
                    return Change.refuse(new Decided(STALE_FACTS, List.of()));
                }
                PlainframeState state = current.state();
                RosterSync.Result synced = RosterSync.apply(state.roster(), members, lookups, now,
                        state.memory().placesAt(now));
                List<AuditEvent> events = new ArrayList<>();
                for (RosterSync.Change change : synced.changes()) {
                    events.add(syncEvent(change, group, now));
                }
                List<SeatRequest> requests = withoutRequestsOfLicensed(state.requests(), synced.roster());
                Set<String> editorKeys = new HashSet<>();
                synced.roster().editors().forEach(editor -> editorKeys.add(editor.userKey()));
                return Change.write(state.withRoster(synced.roster()).withRequests(requests)
                                .withMemory(state.memory().without(editorKeys, now)),
                        new Decided(ChangeResult.done("plainframe.change.done.synced"), Changes.summarised(events)));
            });
            if (result != STALE_FACTS) {
                return result;
            }
        }
        return ChangeResult.refused(ChangeCode.STATE_CHANGING);
    }

    private AuditEvent syncEvent(RosterSync.Change change, String group, Instant now) {
        String name = change.editor().username();
        String key = switch (change.action()) {
            case EDITOR_ADDED -> "plainframe.audit.editor-added.group";
            case EDITOR_REMOVED -> "plainframe.audit.editor-removed.group";
            default -> change.action().i18nKey();
        };
        return new AuditEvent(now, Actor.SYSTEM, change.action(), name, Message.of(key, Actor.SYSTEM.username(),
                name, group));
    }

    private static List<SeatRequest> withoutRequestsOfLicensed(List<SeatRequest> requests, Roster roster) {
        List<SeatRequest> rest = new ArrayList<>(requests);
        rest.removeIf(request -> roster.find(request.userKey()).filter(Editor::queues).isPresent());
        return rest.size() == requests.size() ? requests : rest;
    }
}
