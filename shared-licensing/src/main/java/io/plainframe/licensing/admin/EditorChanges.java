package io.plainframe.licensing.admin;

import io.plainframe.licensing.access.AccessSnapshots;
import io.plainframe.licensing.audit.Actor;
import io.plainframe.licensing.audit.AuditAction;
import io.plainframe.licensing.audit.AuditEvent;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.host.HostUser;
import io.plainframe.licensing.host.UserDirectory;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.seat.Editor;
import io.plainframe.licensing.seat.EditorState;
import io.plainframe.licensing.seat.EditorStatus;
import io.plainframe.licensing.seat.Roster;
import io.plainframe.licensing.seat.SeatAllocation;
import io.plainframe.licensing.seat.SeatRequest;
import io.plainframe.licensing.state.PlainframeState;
import io.plainframe.licensing.state.StateStore.Change;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Direct editors: adding them within the free seats, all or nothing, and removing them. */
final class EditorChanges {

    private final AccessSnapshots snapshots;
    private final UserDirectory directory;
    private final Changes changes;

    EditorChanges(AccessSnapshots snapshots, UserDirectory directory, Changes changes) {
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.changes = Objects.requireNonNull(changes, "changes");
    }

    /**
     * Assigns seats directly, all or nothing: unknown or deactivated users refuse the whole list, and so does
     * asking for more new editors than there are free seats ({@code NO_FREE_SEATS} with both numbers).
     */
    ChangeResult addEditors(Actor actor, List<String> usernames) {
        List<String> names = cleaned(usernames);
        if (names.isEmpty()) {
            return ChangeResult.refused(ChangeCode.NO_USERS);
        }
        List<HostUser> users = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> inactive = new ArrayList<>();
        try {
            for (String name : names) {
                Optional<HostUser> user = directory.findByName(name);
                if (user.isEmpty()) {
                    unknown.add(name);
                } else if (!user.get().active()) {
                    inactive.add(name);
                } else if (users.stream().noneMatch(u -> u.userKey().equals(user.get().userKey()))) {
                    users.add(user.get());
                }
            }
        } catch (HostUnavailableException e) {
            return ChangeResult.refused(ChangeCode.HOST_UNAVAILABLE);
        }
        if (!unknown.isEmpty()) {
            return ChangeResult.refused(ChangeCode.UNKNOWN_USERS, Message.of(ChangeCode.UNKNOWN_USERS.i18nKey(),
                    String.join(", ", unknown), unknown.size()), Map.of("usernames", unknown));
        }
        if (!inactive.isEmpty()) {
            return ChangeResult.refused(ChangeCode.INACTIVE_USERS, Message.of(ChangeCode.INACTIVE_USERS.i18nKey(),
                    String.join(", ", inactive), inactive.size()), Map.of("usernames", inactive));
        }
        return changes.apply(loaded -> assign(loaded.state(), users, actor, List.of(),
                "plainframe.change.done.editors-added"));
    }

    /**
     * Removes direct assignments, all or nothing. Editors who come from the group only stay (remove them
     * there), except editors the directory no longer knows: those an admin can always remove, or their seat
     * would stay taken forever.
     */
    ChangeResult removeEditors(Actor actor, List<String> usernames) {
        List<String> names = cleaned(usernames);
        if (names.isEmpty()) {
            return ChangeResult.refused(ChangeCode.NO_USERS);
        }
        Map<String, String> currentKeys = new HashMap<>();
        try {
            for (String name : names) {
                directory.findByName(name).ifPresent(user -> currentKeys.put(name, user.userKey()));
            }
        } catch (HostUnavailableException e) {
            // Removing needs no directory: names are looked up in the roster as it was last seen.
        }
        return changes.apply(loaded -> {
            Roster roster = loaded.state().roster();
            List<String> notEditors = new ArrayList<>();
            List<String> groupOnly = new ArrayList<>();
            List<Editor> found = new ArrayList<>();
            for (String name : names) {
                Optional<Editor> editor = Optional.ofNullable(currentKeys.get(name)).flatMap(roster::find)
                        .or(() -> roster.findByUsername(name));
                if (editor.isEmpty()) {
                    notEditors.add(name);
                } else if (!editor.get().direct() && editor.get().status() != EditorStatus.MISSING) {
                    groupOnly.add(name);
                } else {
                    found.add(editor.get());
                }
            }
            if (!notEditors.isEmpty()) {
                return Change.refuse(new Decided(ChangeResult.refused(ChangeCode.NOT_AN_EDITOR,
                        Message.of(ChangeCode.NOT_AN_EDITOR.i18nKey(), String.join(", ", notEditors),
                                notEditors.size()), Map.of("usernames", notEditors)), List.of()));
            }
            if (!groupOnly.isEmpty()) {
                return Change.refuse(new Decided(ChangeResult.refused(ChangeCode.GROUP_EDITOR,
                        Message.of(ChangeCode.GROUP_EDITOR.i18nKey(), String.join(", ", groupOnly),
                                loaded.state().settings().editorsGroup(), groupOnly.size()),
                        Map.of("usernames", groupOnly)), List.of()));
            }
            List<Editor> changed = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            List<AuditEvent> events = new ArrayList<>();
            for (Editor editor : found) {
                if (editor.group() && editor.status() != EditorStatus.MISSING) {
                    changed.add(editor.withDirect(false));
                    events.add(changes.event(actor, AuditAction.EDITOR_REMOVED, editor.username(),
                            "plainframe.audit.editor-removed.stays-in-group", actor.username(), editor.username()));
                } else {
                    removed.add(editor.userKey());
                    events.add(changes.event(actor, AuditAction.EDITOR_REMOVED, editor.username(),
                            "plainframe.audit.editor-removed", actor.username(), editor.username()));
                }
            }
            return Change.write(loaded.state().withRoster(roster.update(changed, removed)), new Decided(
                    ChangeResult.done("plainframe.change.done.editors-removed", found.size()),
                    Changes.summarised(events)));
        });
    }

    /** Makes the users direct editors if the free seats allow all of them. */
    Change<Decided> assign(PlainframeState state, List<HostUser> users, Actor actor,
                                   List<AuditEvent> leadingEvents, String doneKey) {
        Roster roster = state.roster();
        Instant now = changes.now();
        int seats = snapshots.governingFor(state).seats();
        SeatAllocation allocation = SeatAllocation.of(roster, seats);
        List<Editor> changed = new ArrayList<>();
        List<AuditEvent> events = new ArrayList<>(leadingEvents);
        int needSeats = 0;
        int added = 0;
        for (HostUser user : users) {
            Optional<Editor> existing = roster.find(user.userKey());
            Editor editor;
            if (existing.isPresent() && allocation.stateOf(user.userKey()) == EditorState.WAITING) {
                // Already queued for a seat: assigning directly gives none, so it needs a free seat like anyone.
                editor = existing.get().withDirect(true);
                needSeats++;
            } else if (existing.isEmpty()) {
                editor = new Editor(user.userKey(), user.username(), user.displayName(), user.email(), true, false, now,
                        EditorStatus.ACTIVE);
                needSeats++;
            } else if (existing.get().status() == EditorStatus.INACTIVE) {
                editor = existing.get().withDirect(true).withStatus(EditorStatus.ACTIVE, now);
                needSeats++;
            } else {
                editor = existing.get().withDirect(true).withStatus(EditorStatus.ACTIVE,
                        existing.get().seatedSince());
            }
            editor = editor.withNames(user.username(), user.displayName(), user.email());
            if (existing.isEmpty() || !existing.get().direct()) {
                events.add(changes.event(actor, AuditAction.EDITOR_ADDED, user.username(),
                        "plainframe.audit.editor-added",
                        actor.username(), user.username()));
                added++;
            }
            changed.add(editor);
        }
        if (needSeats > 0) {
            int free = allocation.free();
            if (seats == 0) {
                return Change.refuse(new Decided(ChangeResult.refused(ChangeCode.NO_FREE_SEATS,
                        Message.of("plainframe.change.no-free-seats.no-license"),
                        Map.of("free", 0, "requested", needSeats)), List.of()));
            }
            if (needSeats > free) {
                return Change.refuse(new Decided(ChangeResult.refused(ChangeCode.NO_FREE_SEATS,
                        Message.of(ChangeCode.NO_FREE_SEATS.i18nKey(), free, needSeats),
                        Map.of("free", free, "requested", needSeats)), List.of()));
            }
        }
        Roster next = roster.with(changed);
        Set<String> assigned = new LinkedHashSet<>();
        users.forEach(user -> assigned.add(user.userKey()));
        List<SeatRequest> requests = new ArrayList<>(state.requests());
        requests.removeIf(request -> assigned.contains(request.userKey()));
        ChangeResult done = ChangeResult.done(doneKey, added, users.get(0).username());
        return Change.write(state.withRoster(next).withRequests(requests),
                new Decided(done, Changes.summarised(events)));
    }

    private static List<String> cleaned(List<String> usernames) {
        Set<String> names = new LinkedHashSet<>();
        if (usernames != null) {
            for (String name : usernames) {
                if (name != null && !name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        return List.copyOf(names);
    }
}
