package io.plainframe.licensing.admin;

import static io.plainframe.licensing.TestHost.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.TestHost;
import io.plainframe.licensing.access.AccessSnapshot;
import io.plainframe.licensing.host.FakeMarketplace;
import io.plainframe.licensing.host.HostUser;
import io.plainframe.licensing.seat.Editor;
import io.plainframe.licensing.seat.EditorState;
import io.plainframe.licensing.seat.EditorStatus;
import io.plainframe.licensing.seat.SeatAllocation;
import io.plainframe.licensing.seat.SeatMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Seeded random sequences of assignments, removals, group changes, license changes, deactivations,
 * reactivations, vanishing users and directory outages, run against the real service and checked after every
 * step against a simple reference model and the invariants of SPEC 3 and 4.
 */
class SeatModelTest {

    private static final int SEQUENCES = 2_000;
    private static final int STEPS = 25;
    private static final String GROUP = "plainframe-editors";
    private static final List<String> USERS = List.of("u0", "u1", "u2", "u3", "u4", "u5", "u6", "u7");
    /** Keys by seat count, 0 meaning unlimited; made once, signing is the slow part. */
    private static final Map<Integer, String> KEYS = new HashMap<>();

    static {
        for (int seats = 0; seats <= 5; seats++) {
            KEYS.put(seats, TestHost.key(seats));
        }
    }

    /** How often each editor state was seen, to show the sequences reach every situation they check. */
    private final Map<EditorState, Integer> seen = new EnumMap<>(EditorState.class);
    private int everyoneSteps;

    @Test
    void randomSequencesKeepEveryRuleOfSeatsAndAccess() {
        for (int sequence = 0; sequence < SEQUENCES; sequence++) {
            run(20_261_123L + sequence);
        }
        assertThat(seen).as("states reached").containsKeys(EditorState.values());
        assertThat(seen.values()).allSatisfy(count -> assertThat(count).isGreaterThan(100));
        assertThat(everyoneSteps).as("steps in mode everyone").isGreaterThan(100);
    }

    private void run(long seed) {
        Random random = new Random(seed);
        TestHost host = new TestHost();
        USERS.forEach(host.directory::add);
        Reference reference = new Reference(host);
        List<String> log = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            host.clock.advance(Duration.ofSeconds(random.nextInt(3) * 30L));
            String user = USERS.get(random.nextInt(USERS.size()));
            boolean outage = reference.outage;
            Set<String> licensedBefore = licensed(host.snapshots.current());
            long revisionBefore = host.store.revision("state");
            String op;
            switch (random.nextInt(15)) {
                case 0, 1 -> {
                    String other = USERS.get(random.nextInt(USERS.size()));
                    op = "assign " + user + "," + other;
                    ChangeResult result = host.service.addEditors(ADMIN, List.of(user, other));
                    reference.assign(List.of(user, other), result, log);
                }
                case 2 -> {
                    op = "remove " + user;
                    reference.remove(user, host.service.removeEditors(ADMIN, List.of(user)));
                }
                case 3 -> {
                    op = "join " + user;
                    if (host.directory.findByNameQuietly(user)) {
                        host.directory.join(GROUP, user);
                    }
                }
                case 4 -> {
                    op = "leave " + user;
                    host.directory.leave(GROUP, user);
                }
                case 5 -> {
                    int seats = random.nextInt(7) - 1;
                    op = seats < 0 ? "remove key" : "key for " + (seats == 0 ? "unlimited" : seats);
                    ChangeResult result = seats < 0 ? host.service.removeVendorKey(ADMIN)
                            : host.service.applyVendorKey(ADMIN, KEYS.get(seats), true);
                    reference.license(seats, result);
                }
                case 6 -> {
                    op = "deactivate " + user;
                    if (host.directory.findByNameQuietly(user)) {
                        host.directory.deactivate(user);
                    }
                }
                case 7 -> {
                    op = "reactivate " + user;
                    if (host.directory.findByNameQuietly(user)) {
                        host.directory.reactivate(user);
                    }
                }
                case 8 -> {
                    op = "vanish/return " + user;
                    if (host.directory.findByNameQuietly(user)) {
                        host.directory.delete(user);
                    } else {
                        host.directory.add(user);
                    }
                }
                case 9 -> {
                    op = outage ? "directory back" : "directory down";
                    reference.outage = !outage;
                    host.directory.down(!outage);
                }
                case 10 -> {
                    int users = random.nextInt(6);
                    op = users == 0 ? "marketplace removed" : "marketplace for " + users;
                    if (users == 0) {
                        host.marketplace.remove();
                    } else {
                        host.marketplace.install(FakeMarketplace.valid(users));
                    }
                    host.snapshots.refresh();
                    reference.marketplace = users;
                }
                case 11 -> {
                    SeatMode mode = random.nextBoolean() ? SeatMode.EVERYONE : SeatMode.SELECTED;
                    op = "mode " + mode.id();
                    reference.mode(mode, host.service.updateSettings(ADMIN, mode, GROUP));
                }
                default -> {
                    op = "sync";
                    reference.sync(host.service.syncDirectory());
                }
            }
            log.add(op);
            String context = "seed " + seed + " after " + log;
            AccessSnapshot snapshot = host.snapshots.current();
            reference.check(snapshot, context);
            checkInvariants(snapshot, context);
            for (Editor editor : snapshot.state().roster().editors()) {
                seen.merge(snapshot.allocation().stateOf(editor.userKey()), 1, Integer::sum);
            }
            if (snapshot.effectiveMode() == SeatMode.EVERYONE) {
                everyoneSteps++;
            }
            if (outage && (op.startsWith("assign") || op.equals("sync"))) {
                assertThat(host.store.revision("state")).as("nothing written in an outage: " + context)
                        .isEqualTo(revisionBefore);
                assertThat(licensed(snapshot)).as("no seat moves in an outage: " + context)
                        .isEqualTo(licensedBefore);
            }
        }
    }

    private static void checkInvariants(AccessSnapshot snapshot, String context) {
        SeatAllocation allocation = snapshot.allocation();
        assertThat(allocation.used()).as("licensed never exceed seats: " + context)
                .isLessThanOrEqualTo(allocation.seats());
        List<Editor> queued = snapshot.state().roster().editors().stream().filter(Editor::queues)
                .sorted(Comparator.comparing(Editor::seatedSince).thenComparing(Editor::username)).toList();
        for (int i = 0; i < queued.size(); i++) {
            EditorState state = allocation.stateOf(queued.get(i).userKey());
            boolean earliest = i < allocation.seats();
            assertThat(state == EditorState.WAITING).as("the earliest by seated-since hold the seats: " + context)
                    .isEqualTo(!earliest && queued.get(i).status() == EditorStatus.ACTIVE);
        }
        for (String user : USERS) {
            String key = "key-" + user;
            assertThat(snapshot.decide(key, true, true).canView()).as("viewers always view: " + context).isTrue();
            assertThat(snapshot.decide(key, true, false).canView()).isTrue();
            if (allocation.stateOf(key) == EditorState.WAITING
                    && snapshot.effectiveMode() == SeatMode.SELECTED) {
                assertThat(snapshot.decide(key, true, true).canEdit()).as("waiting never edit: " + context).isFalse();
            }
            boolean selected = snapshot.effectiveMode() == SeatMode.SELECTED;
            if (allocation.stateOf(key) != EditorState.LICENSED && selected) {
                assertThat(snapshot.decide(key, true, true).canEdit()).as("only licensed edit: " + context).isFalse();
            }
            if (allocation.stateOf(key) == EditorState.LICENSED && snapshot.license().valid()) {
                assertThat(snapshot.decide(key, true, true).canEdit()).as("licensed editors edit: " + context)
                        .isTrue();
            }
            if (!selected) {
                assertThat(snapshot.decide(key, true, true).canEdit()).as("everyone edits: " + context).isTrue();
            }
            assertThat(snapshot.decide(key, true, false).canEdit()).as("never beyond the host: " + context).isFalse();
        }
    }

    private static Set<String> licensed(AccessSnapshot snapshot) {
        Set<String> licensed = new HashSet<>();
        for (Editor editor : snapshot.state().roster().editors()) {
            if (snapshot.allocation().stateOf(editor.userKey()) == EditorState.LICENSED) {
                licensed.add(editor.userKey());
            }
        }
        return licensed;
    }

    /** The rules of SPEC 3 written as plainly as possible, over the directory's own truth. */
    private static final class Reference {
        private final TestHost host;
        private final Map<String, Entry> entries = new TreeMap<>();
        private int vendorSeats;
        private boolean hasKey;
        private SeatMode mode = SeatMode.SELECTED;
        int marketplace;
        boolean outage;

        Reference(TestHost host) {
            this.host = host;
        }

        void assign(List<String> names, ChangeResult result, List<String> log) {
            if (outage) {
                expect(result, ChangeCode.HOST_UNAVAILABLE);
                return;
            }
            List<HostUser> users = new ArrayList<>();
            for (String name : names) {
                Optional<HostUser> user = host.directory.peekByName(name);
                if (user.isEmpty()) {
                    expect(result, ChangeCode.UNKNOWN_USERS);
                    return;
                }
                if (users.stream().noneMatch(u -> u.userKey().equals(user.get().userKey()))) {
                    users.add(user.get());
                }
            }
            if (users.stream().anyMatch(u -> !u.active())) {
                expect(result, ChangeCode.INACTIVE_USERS);
                return;
            }
            int seats = seats();
            Set<String> waiting = waiting();
            int need = 0;
            for (HostUser user : users) {
                Entry entry = entries.get(user.userKey());
                if (entry == null || entry.status == EditorStatus.INACTIVE || waiting.contains(user.userKey())) {
                    need++;
                }
            }
            if (need > 0 && (seats == 0 || (seats != SeatAllocation.UNLIMITED && need > seats - used()))) {
                expect(result, ChangeCode.NO_FREE_SEATS);
                return;
            }
            expect(result, ChangeCode.DONE);
            Instant now = host.clock.instant();
            for (HostUser user : users) {
                Entry entry = entries.get(user.userKey());
                if (entry == null) {
                    entries.put(user.userKey(), new Entry(user.username(), true, false, now, EditorStatus.ACTIVE));
                } else {
                    entry.direct = true;
                    if (entry.status == EditorStatus.INACTIVE) {
                        entry.since = now;
                    }
                    entry.status = EditorStatus.ACTIVE;
                }
            }
        }

        void remove(String name, ChangeResult result) {
            Map.Entry<String, Entry> found = entries.entrySet().stream()
                    .filter(e -> e.getValue().username.equals(name)).findFirst().orElse(null);
            if (found == null) {
                expect(result, ChangeCode.NOT_AN_EDITOR);
            } else if (!found.getValue().direct && found.getValue().status != EditorStatus.MISSING) {
                expect(result, ChangeCode.GROUP_EDITOR);
            } else {
                expect(result, ChangeCode.DONE);
                if (found.getValue().group && found.getValue().status != EditorStatus.MISSING) {
                    found.getValue().direct = false;
                } else {
                    entries.remove(found.getKey());
                }
            }
        }

        void license(int newSeats, ChangeResult result) {
            if (newSeats < 0) {
                expect(result, hasKey ? ChangeCode.DONE : ChangeCode.NO_VENDOR_KEY);
                hasKey = false;
                vendorSeats = 0;
            } else {
                expect(result, ChangeCode.DONE);
                hasKey = true;
                vendorSeats = newSeats == 0 ? SeatAllocation.UNLIMITED : newSeats;
                if (!outage) {
                    // Applying a key brings the roster in line with the directory at once.
                    synced();
                }
            }
        }

        void mode(SeatMode wanted, ChangeResult result) {
            if (wanted == SeatMode.EVERYONE && !allowsEveryone()) {
                expect(result, ChangeCode.MODE_NOT_ALLOWED);
                return;
            }
            expect(result, ChangeCode.DONE);
            mode = wanted;
        }

        /** SPEC 2.1: a valid Marketplace license governs, else the vendor key. */
        private int seats() {
            return marketplace > 0 ? marketplace : vendorSeats;
        }

        private boolean allowsEveryone() {
            return marketplace > 0 || vendorSeats == SeatAllocation.UNLIMITED;
        }

        /** The queueing editors beyond the seats, by a plain sort. */
        private Set<String> waiting() {
            List<Map.Entry<String, Entry>> queued = new ArrayList<>(entries.entrySet().stream()
                    .filter(e -> e.getValue().status != EditorStatus.INACTIVE).toList());
            queued.sort(Comparator.comparing((Map.Entry<String, Entry> e) -> e.getValue().since)
                    .thenComparing(e -> e.getValue().username).thenComparing(Map.Entry::getKey));
            Set<String> waiting = new HashSet<>();
            for (int i = seats(); i < queued.size(); i++) {
                if (queued.get(i).getValue().status == EditorStatus.ACTIVE) {
                    waiting.add(queued.get(i).getKey());
                }
            }
            return waiting;
        }

        void sync(ChangeResult result) {
            if (outage) {
                expect(result, ChangeCode.HOST_UNAVAILABLE);
                return;
            }
            expect(result, ChangeCode.DONE);
            synced();
        }

        /** What a sync that could read the directory does to the roster. */
        private void synced() {
            Instant now = host.clock.instant();
            Set<String> members = new HashSet<>();
            host.directory.peekMembers(GROUP).forEach(member -> members.add(member.userKey()));
            for (String key : new ArrayList<>(entries.keySet())) {
                Entry entry = entries.get(key);
                Optional<HostUser> fact = host.directory.peekByKey(key);
                if (fact.isEmpty()) {
                    if (entry.status == EditorStatus.ACTIVE) {
                        entry.status = EditorStatus.MISSING;
                    }
                    continue;
                }
                boolean inGroup = members.contains(key);
                if (!entry.direct && !inGroup) {
                    entries.remove(key);
                    continue;
                }
                entry.group = inGroup;
                if (!fact.get().active()) {
                    entry.status = EditorStatus.INACTIVE;
                } else if (entry.status == EditorStatus.INACTIVE) {
                    entry.status = EditorStatus.ACTIVE;
                    entry.since = now;
                } else {
                    entry.status = EditorStatus.ACTIVE;
                }
            }
            for (HostUser member : host.directory.peekMembers(GROUP)) {
                entries.computeIfAbsent(member.userKey(), key -> new Entry(member.username(), false, true, now,
                        member.active() ? EditorStatus.ACTIVE : EditorStatus.INACTIVE));
            }
        }

        private int used() {
            return (int) Math.min(seats(), entries.values().stream().filter(e -> e.status != EditorStatus.INACTIVE)
                    .count());
        }

        void check(AccessSnapshot snapshot, String context) {
            Map<String, String> expected = new TreeMap<>();
            entries.forEach((key, e) -> expected.put(key, e.username + " direct=" + e.direct + " group=" + e.group
                    + " " + e.status + " " + e.since));
            Map<String, String> actual = new TreeMap<>();
            for (Editor e : snapshot.state().roster().editors()) {
                actual.put(e.userKey(), e.username() + " direct=" + e.direct() + " group=" + e.group() + " "
                        + e.status() + " " + e.seatedSince());
            }
            assertThat(actual).as("roster matches the reference: " + context).isEqualTo(expected);
            assertThat(snapshot.allocation().seats()).as("seats: " + context).isEqualTo(seats());
            Set<String> waitingNow = new HashSet<>();
            for (Editor editor : snapshot.state().roster().editors()) {
                if (snapshot.allocation().stateOf(editor.userKey()) == EditorState.WAITING) {
                    waitingNow.add(editor.userKey());
                }
            }
            assertThat(waitingNow).as("waiting editors: " + context).isEqualTo(waiting());
            assertThat(snapshot.effectiveMode()).as("mode: " + context)
                    .isEqualTo(mode == SeatMode.EVERYONE && allowsEveryone() ? SeatMode.EVERYONE : SeatMode.SELECTED);
        }

        private static void expect(ChangeResult result, ChangeCode code) {
            assertThat(result.code()).as("%s", result.message()).isEqualTo(code);
        }
    }

    private static final class Entry {
        final String username;
        boolean direct;
        boolean group;
        Instant since;
        EditorStatus status;

        Entry(String username, boolean direct, boolean group, Instant since, EditorStatus status) {
            this.username = username;
            this.direct = direct;
            this.group = group;
            this.since = since;
            this.status = status;
        }
    }
}
