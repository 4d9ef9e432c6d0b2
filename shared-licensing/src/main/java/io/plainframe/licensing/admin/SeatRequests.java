package io.plainframe.licensing.admin;

import io.plainframe.licensing.access.AccessSnapshots;
import io.plainframe.licensing.access.GoverningLicense;
import io.plainframe.licensing.audit.Actor;
import io.plainframe.licensing.audit.AuditAction;
import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.host.HostUser;
import io.plainframe.licensing.host.UserDirectory;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.i18n.Outcome;
import io.plainframe.licensing.seat.EditorState;
import io.plainframe.licensing.seat.SeatAllocation;
import io.plainframe.licensing.seat.SeatMode;
import io.plainframe.licensing.seat.SeatRequest;
import io.plainframe.licensing.state.PlainframeState;
import io.plainframe.licensing.state.StateStore;
import io.plainframe.licensing.state.StateStore.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/** Users asking for a seat, and admins approving (within the free seats) or dismissing the requests. */
final class SeatRequests {
    /** Pending seat requests kept at most, so stored state stays bounded whatever users do. */
    static final int MAX_PENDING_REQUESTS = 1000;

    private final StateStore store;
    private final AccessSnapshots snapshots;
    private final UserDirectory directory;
    private final EditorChanges editors;
    private final Changes changes;
    private final RandomGenerator random;

    SeatRequests(StateStore store, AccessSnapshots snapshots, UserDirectory directory, EditorChanges editors,
                 Changes changes, RandomGenerator random) {
        this.store = Objects.requireNonNull(store, "store");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.editors = Objects.requireNonNull(editors, "editors");
        this.changes = Objects.requireNonNull(changes, "changes");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A user asks for a seat, with an optional note; one pending request per user. */
    ChangeResult requestSeat(Actor user, String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > SeatRequest.MAX_NOTE_LENGTH) {
            return ChangeResult.refused(ChangeCode.NOTE_TOO_LONG, SeatRequest.MAX_NOTE_LENGTH);
        }
        OptionalInt unsafe = SeatRequest.unsafeCharacter(text);
        if (unsafe.isPresent()) {
            return ChangeResult.refused(ChangeCode.NOTE_UNSAFE_CHARACTER,
                    String.format(Locale.ROOT, "U+%04X", unsafe.getAsInt()));
        }
        String displayName = user.username();
        try {
            displayName = directory.findByKey(user.userKey()).map(HostUser::displayName).orElse(displayName);
        } catch (HostUnavailableException e) {
            // The request still counts; the admin page shows the username.
        }
        String shownName = displayName;
        return changes.apply(loaded -> {
            PlainframeState state = loaded.state();
            GoverningLicense license = snapshots.governingFor(state);
            if (state.settings().mode() == SeatMode.EVERYONE && license.allowsEveryone()) {
                return Change.refuse(new Decided(ChangeResult.refused(ChangeCode.ALREADY_EDITOR,
                        Message.of("plainframe.change.already-editor.everyone"), Map.of()), List.of()));
            }
            EditorState current = SeatAllocation.of(state.roster(), license.seats()).stateOf(user.userKey());
            if (current == EditorState.LICENSED || current == EditorState.WAITING) {
                return Change.refuse(new Decided(ChangeResult.refused(ChangeCode.ALREADY_EDITOR,
                        Message.of(current == EditorState.WAITING ? "plainframe.change.already-editor.waiting"
                                : ChangeCode.ALREADY_EDITOR.i18nKey()), Map.of()), List.of()));
            }
            if (state.pendingRequestOf(user.userKey()).isPresent()) {
                return Change.refuse(new Decided(ChangeResult.refused(ChangeCode.REQUEST_PENDING), List.of()));
            }
            if (state.requests().size() >= MAX_PENDING_REQUESTS) {
                return Change.refuse(new Decided(ChangeResult.refused(ChangeCode.TOO_MANY_REQUESTS,
                        MAX_PENDING_REQUESTS), List.of()));
            }
            SeatRequest request = new SeatRequest(requestId(), user.userKey(), user.username(), shownName, text,
                    changes.now());
            List<SeatRequest> requests = new ArrayList<>(state.requests());
            requests.add(request);
            return Change.write(state.withRequests(requests), new Decided(
                    new ChangeResult(new Outcome<>(ChangeCode.DONE,
                            Message.of("plainframe.change.done.request-created")), Map.of("id", request.id())),
                    List.of(changes.event(user, AuditAction.REQUEST_CREATED, user.username(),
                            "plainframe.audit.request-created", user.username()))));
        });
    }

    /** Approves a request: the user becomes a direct editor, within the free seats. */
    ChangeResult approveRequest(Actor admin, String requestId) {
        Optional<SeatRequest> request;
        Optional<HostUser> user;
        try {
            request = store.load().state().requests().stream().filter(r -> r.id().equals(requestId)).findFirst();
            if (request.isEmpty()) {
                return ChangeResult.refused(ChangeCode.NO_SUCH_REQUEST);
            }
            user = directory.findByKey(request.get().userKey());
        } catch (HostUnavailableException e) {
            return ChangeResult.refused(ChangeCode.HOST_UNAVAILABLE);
        } catch (CorruptValueException e) {
            return ChangeResult.refused(ChangeCode.STATE_UNREADABLE);
        }
        String username = request.get().username();
        if (user.isEmpty()) {
            return ChangeResult.refused(ChangeCode.UNKNOWN_USERS, Message.of(ChangeCode.UNKNOWN_USERS.i18nKey(),
                    username, 1), Map.of("usernames", List.of(username)));
        }
        if (!user.get().active()) {
            return ChangeResult.refused(ChangeCode.INACTIVE_USERS, Message.of(ChangeCode.INACTIVE_USERS.i18nKey(),
                    username, 1), Map.of("usernames", List.of(username)));
        }
        return changes.apply(loaded -> {
            if (loaded.state().requests().stream().noneMatch(r -> r.id().equals(requestId))) {
                return Change.refuse(new Decided(ChangeResult.refused(ChangeCode.NO_SUCH_REQUEST), List.of()));
            }
            return editors.assign(loaded.state(), List.of(user.get()), admin,
                    List.of(changes.event(admin, AuditAction.REQUEST_APPROVED, username,
                            "plainframe.audit.request-approved",
                            admin.username(), username)), "plainframe.change.done.request-approved");
        });
    }

    ChangeResult dismissRequest(Actor admin, String requestId) {
        return changes.apply(loaded -> {
            PlainframeState state = loaded.state();
            Optional<SeatRequest> request = state.requests().stream().filter(r -> r.id().equals(requestId)).findFirst();
            if (request.isEmpty()) {
                return Change.refuse(new Decided(ChangeResult.refused(ChangeCode.NO_SUCH_REQUEST), List.of()));
            }
            List<SeatRequest> rest = new ArrayList<>(state.requests());
            rest.remove(request.get());
            return Change.write(state.withRequests(rest), new Decided(
                    ChangeResult.done("plainframe.change.done.request-dismissed", request.get().username()),
                    List.of(changes.event(admin, AuditAction.REQUEST_DISMISSED, request.get().username(),
                            "plainframe.audit.request-dismissed", admin.username(), request.get().username()))));
        });
    }

    private String requestId() {
        String alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
        StringBuilder id = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }
}
