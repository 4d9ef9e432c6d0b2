package io.plainframe.licensing.admin;

import io.plainframe.licensing.access.AccessSnapshots;
import io.plainframe.licensing.access.GoverningLicense;
import io.plainframe.licensing.access.LicenseSource;
import io.plainframe.licensing.audit.Actor;
import io.plainframe.licensing.audit.AuditAction;
import io.plainframe.licensing.audit.AuditEvent;
import io.plainframe.licensing.check.LicenseCheck;
import io.plainframe.licensing.check.LicenseValidator;
import io.plainframe.licensing.host.AuditSink;
import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.host.HostUser;
import io.plainframe.licensing.host.UserDirectory;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.i18n.Outcome;
import io.plainframe.licensing.key.KeyText;
import io.plainframe.licensing.key.License;
import io.plainframe.licensing.seat.Editor;
import io.plainframe.licensing.seat.EditorState;
import io.plainframe.licensing.seat.EditorStatus;
import io.plainframe.licensing.seat.Roster;
import io.plainframe.licensing.seat.RosterSync;
import io.plainframe.licensing.seat.SeatAllocation;
import io.plainframe.licensing.seat.SeatMode;
import io.plainframe.licensing.seat.SeatRequest;
import io.plainframe.licensing.state.PlainframeState;
import io.plainframe.licensing.state.Settings;
import io.plainframe.licensing.state.StateStore;
import io.plainframe.licensing.state.StateStore.Change;
import io.plainframe.licensing.state.StateStore.Loaded;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Every change to Plainframe's licensing state. Each one is computed from the state it replaces
 * (compare-and-set, recomputed on conflict, so concurrent admins never exceed the seat limit or lose an
 * update), audited with who, what and when, and installed as the new access snapshot at once. Host
 * lookups happen before the change, so a directory outage changes nothing.
 */
public final class LicensingService {

    /** Beyond this many editors changed at once, the audit gets one summary instead of one event each. */
    static final int AUDIT_EACH_UP_TO = 20;
    /** Tries of a sync whose facts went stale because the state changed meanwhile. */
    static final int SYNC_ATTEMPTS = 3;
    private static final ChangeResult STALE_FACTS = ChangeResult.done("plainframe.change.done.synced");
    /** Pending seat requests kept at most, so stored state stays bounded whatever users do. */
    static final int MAX_PENDING_REQUESTS = 1000;

    private static final System.Logger LOG = System.getLogger(LicensingService.class.getName());

    private final LicenseValidator validator;
    private final StateStore store;
    private final AccessSnapshots snapshots;
    private final UserDirectory directory;
    private final AuditSink audit;
    private final Clock clock;
    private final RandomGenerator random;

    /**
     * @param validator checks vendor keys for this product and build
     * @param random    draws seat request ids
     */
    public LicensingService(LicenseValidator validator, StateStore store, AccessSnapshots snapshots,
                            UserDirectory directory, AuditSink audit, Clock clock, RandomGenerator random) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.store = Objects.requireNonNull(store, "store");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    // License -------------------------------------------------------------------------------------------------

    /** What applying this key would do; changes nothing. */
    public LicensePreview preview(String keyText) {
        LicenseCheck check = validator.check(keyText);
        PlainframeState state = snapshots.latest().state();
        GoverningLicense after = snapshots.governingFor(state.withVendorKey(keyText));
        int queued = (int) state.roster().editors().stream().filter(Editor::queues).count();
        int seats = check.decoded().map(l -> l.editors().isUnlimited() ? SeatAllocation.UNLIMITED
                : l.editors().count()).orElse(0);
        return new LicensePreview(check, after.source() == LicenseSource.VENDOR && after.valid(), after.reason(),
                queued, seats == SeatAllocation.UNLIMITED ? 0 : Math.max(0, queued - seats));
    }

    /** Validates the key for this product and build and stores it; an invalid key is refused with its code. */
    public ChangeResult applyVendorKey(Actor actor, String keyText) {
        LicenseCheck check = validator.check(keyText);
        if (!check.isValid()) {
            return ChangeResult.refused(ChangeCode.INVALID_LICENSE, check.message(),
                    Map.of("licenseCode", check.code().name()));
        }
        String key = KeyText.normalise(keyText);
        License license = check.validLicense().orElseThrow();
        return change(loaded -> Change.write(loaded.state().withVendorKey(key), new Decided(
                ChangeResult.done("plainframe.change.done.license-applied", license.licensee()),
                List.of(event(actor, AuditAction.LICENSE_APPLIED, license.licenseId(),
                        "plainframe.audit.license-applied", actor.username(), license.licenseId(), license.licensee(),
                        license.editors().toString(), license.maintenanceEnd())))));
    }

    public ChangeResult removeVendorKey(Actor actor) {
        return change(loaded -> {
            Optional<String> key = loaded.state().vendorKeyText();
            if (key.isEmpty()) {
                return Change.refuse(new Decided(ChangeResult.refused(ChangeCode.NO_VENDOR_KEY), List.of()));
            }
            String licenseId = validator.check(key.get()).decoded().map(License::licenseId).orElse("?");
            return Change.write(loaded.state().withVendorKey(null), new Decided(
                    ChangeResult.done("plainframe.change.done.license-removed"),
                    List.of(event(actor, AuditAction.LICENSE_REMOVED, licenseId, "plainframe.audit.license-removed",
                            actor.username(), licenseId))));
        });
    }

    // Editors -------------------------------------------------------------------------------------------------

    /**
     * Assigns seats directly, all or nothing: unknown or deactivated users refuse the whole list, and so does
     * asking for more new editors than there are free seats ({@code NO_FREE_SEATS} with both numbers).
     */
    public ChangeResult addEditors(Actor actor, List<String> usernames) {
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
        return change(loaded -> assign(loaded.state(), users, actor, List.of(),
                "plainframe.change.done.editors-added"));
    }

    /**
     * Removes direct assignments, all or nothing. Editors who come from the group only stay (remove them
     * there), except editors the directory no longer knows: those an admin can always remove, or their seat
     * would stay taken forever.
     */
    public ChangeResult removeEditors(Actor actor, List<String> usernames) {
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
        return change(loaded -> {
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
                    events.add(event(actor, AuditAction.EDITOR_REMOVED, editor.username(),
                            "plainframe.audit.editor-removed.stays-in-group", actor.username(), editor.username()));
                } else {
                    removed.add(editor.userKey());
                    events.add(event(actor, AuditAction.EDITOR_REMOVED, editor.username(),
                            "plainframe.audit.editor-removed", actor.username(), editor.username()));
                }
            }
            return Change.write(loaded.state().withRoster(roster.update(changed, removed)), new Decided(
                    ChangeResult.done("plainframe.change.done.editors-removed", found.size()), summarised(events)));
        });
    }

    // Settings ------------------------------------------------------------------------------------------------

    /**
     * Changes the mode and the editors group. "Everyone" is refused unless the governing license offers it; a
     * new group is synchronised at once (or at the next sync, when the directory cannot answer now).
     */
    public ChangeResult updateSettings(Actor actor, SeatMode mode, String editorsGroup) {
        Objects.requireNonNull(mode, "mode");
        if (!Settings.acceptsGroup(editorsGroup)) {
            return ChangeResult.refused(ChangeCode.INVALID_GROUP, Settings.MAX_GROUP_LENGTH);
        }
        Settings wanted = new Settings(mode, editorsGroup);
        boolean[] groupChanged = {false};
        ChangeResult result = change(loaded -> {
            PlainframeState state = loaded.state();
            if (mode == SeatMode.EVERYONE && !snapshots.governingFor(state).allowsEveryone()) {
                return Change.refuse(new Decided(ChangeResult.refused(ChangeCode.MODE_NOT_ALLOWED), List.of()));
            }
            groupChanged[0] = !state.settings().editorsGroup().equals(editorsGroup);
            return Change.write(state.withSettings(wanted), new Decided(
                    ChangeResult.done("plainframe.change.done.settings"),
                    List.of(event(actor, AuditAction.SETTINGS_CHANGED, "settings", "plainframe.audit.settings-changed",
                            actor.username(), mode == SeatMode.EVERYONE ? 1 : 0, editorsGroup))));
        });
        if (result.isDone() && groupChanged[0]) {
            syncDirectory();
        }
        return result;
    }

    // Seat requests -------------------------------------------------------------------------------------------

    /** A user asks for a seat, with an optional note; one pending request per user. */
    public ChangeResult requestSeat(Actor user, String note) {
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
        return change(loaded -> {
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
                    clock.instant());
            List<SeatRequest> requests = new ArrayList<>(state.requests());
            requests.add(request);
            return Change.write(state.withRequests(requests), new Decided(
                    new ChangeResult(new Outcome<>(ChangeCode.DONE,
                            Message.of("plainframe.change.done.request-created")), Map.of("id", request.id())),
                    List.of(event(user, AuditAction.REQUEST_CREATED, user.username(),
                            "plainframe.audit.request-created", user.username()))));
        });
    }

    /** Approves a request: the user becomes a direct editor, within the free seats. */
    public ChangeResult approveRequest(Actor admin, String requestId) {
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
        return change(loaded -> {
            if (loaded.state().requests().stream().noneMatch(r -> r.id().equals(requestId))) {
                return Change.refuse(new Decided(ChangeResult.refused(ChangeCode.NO_SUCH_REQUEST), List.of()));
            }
            return assign(loaded.state(), List.of(user.get()), admin,
                    List.of(event(admin, AuditAction.REQUEST_APPROVED, username, "plainframe.audit.request-approved",
                            admin.username(), username)), "plainframe.change.done.request-approved");
        });
    }

    public ChangeResult dismissRequest(Actor admin, String requestId) {
        return change(loaded -> {
            PlainframeState state = loaded.state();
            Optional<SeatRequest> request = state.requests().stream().filter(r -> r.id().equals(requestId)).findFirst();
            if (request.isEmpty()) {
                return Change.refuse(new Decided(ChangeResult.refused(ChangeCode.NO_SUCH_REQUEST), List.of()));
            }
            List<SeatRequest> rest = new ArrayList<>(state.requests());
            rest.remove(request.get());
            return Change.write(state.withRequests(rest), new Decided(
                    ChangeResult.done("plainframe.change.done.request-dismissed", request.get().username()),
                    List.of(event(admin, AuditAction.REQUEST_DISMISSED, request.get().username(),
                            "plainframe.audit.request-dismissed", admin.username(), request.get().username()))));
        });
    }

    // Directory -----------------------------------------------------------------------------------------------

    /**
     * Brings the roster in line with the directory (group members, deactivated, reactivated and missing
     * users). The facts are gathered first; if the directory cannot answer, nothing changes.
     */
    public ChangeResult syncDirectory() {
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
            Instant now = clock.instant();
            String group = loaded.state().settings().editorsGroup();
            ChangeResult result = change(current -> {
                if (current.revision() != loaded.revision()) {
                    // Someone changed the state while the facts were gathered: they may be stale, gather again.
                    return Change.refuse(new Decided(STALE_FACTS, List.of()));
                }
                PlainframeState state = current.state();
                RosterSync.Result synced = RosterSync.apply(state.roster(), members, lookups, now);
                List<AuditEvent> events = new ArrayList<>();
                for (RosterSync.Change change : synced.changes()) {
                    events.add(syncEvent(change, group, now));
                }
                List<SeatRequest> requests = withoutRequestsOfLicensed(state.requests(), synced.roster());
                return Change.write(state.withRoster(synced.roster()).withRequests(requests),
                        new Decided(ChangeResult.done("plainframe.change.done.synced"), summarised(events)));
            });
            if (result != STALE_FACTS) {
                return result;
            }
        }
        return ChangeResult.refused(ChangeCode.STATE_CHANGING);
    }

    // Shared steps --------------------------------------------------------------------------------------------

    /** Makes the users direct editors if the free seats allow all of them. */
    private Change<Decided> assign(PlainframeState state, List<HostUser> users, Actor actor,
                                   List<AuditEvent> leadingEvents, String doneKey) {
        Roster roster = state.roster();
        Instant now = clock.instant();
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
                events.add(event(actor, AuditAction.EDITOR_ADDED, user.username(), "plainframe.audit.editor-added",
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
        return Change.write(state.withRoster(next).withRequests(requests), new Decided(done, summarised(events)));
    }

    /** Runs a change, then records its audit events and seat moves and installs the new snapshot. */
    private ChangeResult change(Function<Loaded, Change<Decided>> change) {
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

    /**
     * Up to {@link #AUDIT_EACH_UP_TO} editor events of a kind one by one, in order; more become one summary
     * naming the first of them.
     */
    private static List<AuditEvent> summarised(List<AuditEvent> events) {
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

    private static List<SeatRequest> withoutRequestsOfLicensed(List<SeatRequest> requests, Roster roster) {
        List<SeatRequest> rest = new ArrayList<>(requests);
        rest.removeIf(request -> roster.find(request.userKey()).filter(Editor::queues).isPresent());
        return rest.size() == requests.size() ? requests : rest;
    }

    private AuditEvent event(Actor actor, AuditAction action, String subject, String key, Object... arguments) {
        return new AuditEvent(clock.instant(), actor, action, subject, Message.of(key, arguments));
    }

    private String requestId() {
        String alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
        StringBuilder id = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
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

    /** What a change decided, with its audit events. */
    private record Decided(ChangeResult result, List<AuditEvent> events) {
    }
}
