package io.plainframe.licensing.seat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeatAllocationTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void theEarliestEditorsBySeatedSinceHoldTheSeatsAndTheRestWait() {
        Roster roster = Roster.of(List.of(editor("carol", 3), editor("alice", 1), editor("bob", 2)));
        SeatAllocation allocation = SeatAllocation.of(roster, 2);
        assertThat(allocation.stateOf("key-alice")).isEqualTo(EditorState.LICENSED);
        assertThat(allocation.stateOf("key-bob")).isEqualTo(EditorState.LICENSED);
        assertThat(allocation.stateOf("key-carol")).isEqualTo(EditorState.WAITING);
        assertThat(allocation.used()).isEqualTo(2);
        assertThat(allocation.waiting()).isEqualTo(1);
        assertThat(allocation.free()).isZero();
    }

    @Test
    void editorsSeatedAtTheSameMomentAreOrderedByUsername() {
        Roster roster = Roster.of(List.of(editor("zoe", 1), editor("adam", 1), editor("mia", 1)));
        assertThat(roster.editors()).extracting(Editor::username).containsExactly("adam", "mia", "zoe");
        assertThat(SeatAllocation.of(roster, 1).stateOf("key-adam")).isEqualTo(EditorState.LICENSED);
    }

    @Test
    void tiesAreBrokenByUsernameNotByTheHostsUserKey() {
        Instant same = at(1);
        Editor zoe = new Editor("a-key-sorts-first", "zoe", "Zoe", null, true, false, same, EditorStatus.ACTIVE);
        Editor adam = new Editor("z-key-sorts-last", "adam", "Adam", null, true, false, same, EditorStatus.ACTIVE);
        SeatAllocation allocation = SeatAllocation.of(Roster.of(List.of(zoe, adam)), 1);
        assertThat(allocation.stateOf("z-key-sorts-last")).isEqualTo(EditorState.LICENSED);
        assertThat(allocation.stateOf("a-key-sorts-first")).isEqualTo(EditorState.WAITING);
    }

    @Test
    void deactivatedEditorsHoldNoSeatSoTheNextInLineGetsIt() {
        Roster roster = Roster.of(List.of(editor("alice", 1).withStatus(EditorStatus.INACTIVE, at(1)),
                editor("bob", 2)));
        SeatAllocation allocation = SeatAllocation.of(roster, 1);
        assertThat(allocation.stateOf("key-alice")).isEqualTo(EditorState.INACTIVE);
        assertThat(allocation.stateOf("key-bob")).isEqualTo(EditorState.LICENSED);
    }

    @Test
    void missingEditorsKeepTheirSeat() {
        Roster roster = Roster.of(List.of(editor("alice", 1).withStatus(EditorStatus.MISSING, at(1)),
                editor("bob", 2)));
        SeatAllocation allocation = SeatAllocation.of(roster, 1);
        assertThat(allocation.stateOf("key-alice")).isEqualTo(EditorState.MISSING);
        assertThat(allocation.used()).as("the missing editor's seat stays taken").isEqualTo(1);
        assertThat(allocation.stateOf("key-bob")).isEqualTo(EditorState.WAITING);
    }

    @Test
    void withoutALicenseThereAreNoSeatsAndEveryEditorWaits() {
        SeatAllocation allocation = SeatAllocation.of(Roster.of(List.of(editor("alice", 1))), 0);
        assertThat(allocation.stateOf("key-alice")).isEqualTo(EditorState.WAITING);
        assertThat(allocation.free()).isZero();
    }

    @Test
    void anUnlimitedLicenseSeatsEveryone() {
        Roster roster = Roster.of(List.of(editor("a", 1), editor("b", 2), editor("c", 3)));
        SeatAllocation allocation = SeatAllocation.of(roster, SeatAllocation.UNLIMITED);
        assertThat(allocation.waiting()).isZero();
        assertThat(allocation.free()).isEqualTo(SeatAllocation.UNLIMITED);
    }

    @Test
    void nonEditorsHaveNoState() {
        assertThat(SeatAllocation.of(Roster.empty(), 5).stateOf("key-nobody")).isNull();
    }

    @Test
    void aRosterListsEachUserOnce() {
        assertThatThrownBy(() -> Roster.of(List.of(editor("a", 1), editor("a", 2))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Editor editor(String name, int minute) {
        return new Editor("key-" + name, name, "User " + name, null, true, false, at(minute), EditorStatus.ACTIVE);
    }

    static Instant at(int minute) {
        return T0.plusSeconds(60L * minute);
    }
}
