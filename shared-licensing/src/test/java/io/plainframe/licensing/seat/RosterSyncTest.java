package io.plainframe.licensing.seat;

import static io.plainframe.licensing.seat.SeatAllocationTest.at;
import static io.plainframe.licensing.seat.SeatAllocationTest.editor;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.audit.AuditAction;
import io.plainframe.licensing.host.HostUser;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RosterSyncTest {

    private static final Instant NOW = at(100);

    @Test
    void aNewGroupMemberBecomesAnEditorSeatedFromNow() {
        RosterSync.Result result = RosterSync.apply(Roster.empty(), List.of(user("dana", true)), Map.of(), NOW);
        Editor dana = result.roster().find("key-dana").orElseThrow();
        assertThat(dana.group()).isTrue();
        assertThat(dana.direct()).isFalse();
        assertThat(dana.seatedSince()).isEqualTo(NOW);
        assertThat(actions(result)).containsExactly(AuditAction.EDITOR_ADDED);
    }

    @Test
    void aMemberWithARememberedPlaceJoinsAtThatPlace() {
        RosterSync.Result result = RosterSync.apply(Roster.empty(), List.of(user("dana", true), user("eve", true)),
                Map.of(), NOW, Map.of("key-dana", at(5)));
        assertThat(result.roster().find("key-dana").orElseThrow().seatedSince()).isEqualTo(at(5));
        assertThat(result.roster().find("key-eve").orElseThrow().seatedSince()).isEqualTo(NOW);
        // Negative control: without the remembered places (the behaviour before), dana would queue from now.
        assertThat(RosterSync.apply(Roster.empty(), List.of(user("dana", true)), Map.of(), NOW).roster()
                .find("key-dana").orElseThrow().seatedSince()).isEqualTo(NOW);
    }

    @Test
    void theMemoryKeepsTheEarliestSeatedWithinItsBoundAndForgetsAfterItsTime() {
        List<Editor> many = new java.util.ArrayList<>();
        for (int i = 0; i <= SeatMemory.MAX_ENTRIES; i++) {
            many.add(editor("u" + i, 1000 - i).withGroup(true).withDirect(false));
        }
        SeatMemory memory = SeatMemory.EMPTY.remember(many, NOW);
        assertThat(memory.entries()).hasSize(SeatMemory.MAX_ENTRIES);
        assertThat(memory.placesAt(NOW)).doesNotContainKey("key-u0").containsKey("key-u" + SeatMemory.MAX_ENTRIES);
        assertThat(memory.placesAt(NOW.plus(SeatMemory.KEEP))).isEmpty();
        assertThat(memory.without(java.util.Set.of("key-u1"), NOW).placesAt(NOW)).doesNotContainKey("key-u1")
                .hasSize(SeatMemory.MAX_ENTRIES - 1);
    }

    @Test
    void aGroupOnlyEditorWhoLeftTheGroupIsNoLongerAnEditorButADirectOneStays() {
        Roster roster = Roster.of(List.of(editor("gus", 1).withGroup(true).withDirect(false),
                editor("dee", 2).withGroup(true)));
        RosterSync.Result result = RosterSync.apply(roster, List.of(),
                Map.of("key-gus", Optional.of(user("gus", true)), "key-dee", Optional.of(user("dee", true))), NOW);
        assertThat(result.roster().find("key-gus")).isEmpty();
        assertThat(result.roster().find("key-dee")).hasValueSatisfying(dee -> {
            assertThat(dee.direct()).isTrue();
            assertThat(dee.group()).isFalse();
            assertThat(dee.seatedSince()).isEqualTo(at(2));
        });
        assertThat(actions(result)).containsExactly(AuditAction.EDITOR_REMOVED);
    }

    @Test
    void aDeactivatedUserFreesTheirSeatAtOnce() {
        Roster roster = Roster.of(List.of(editor("alice", 1)));
        RosterSync.Result result = RosterSync.apply(roster, List.of(),
                Map.of("key-alice", Optional.of(user("alice", false))), NOW);
        assertThat(result.roster().find("key-alice").orElseThrow().status()).isEqualTo(EditorStatus.INACTIVE);
        assertThat(actions(result)).containsExactly(AuditAction.EDITOR_FREED);
    }

    @Test
    void aReactivatedUserQueuesAgainFromTheMomentOfReactivation() {
        Roster roster = Roster.of(List.of(editor("alice", 1).withStatus(EditorStatus.INACTIVE, at(1)),
                editor("bob", 50)));
        RosterSync.Result result = RosterSync.apply(roster, List.of(),
                Map.of("key-alice", Optional.of(user("alice", true)), "key-bob", Optional.of(user("bob", true))), NOW);
        Editor alice = result.roster().find("key-alice").orElseThrow();
        assertThat(alice.status()).isEqualTo(EditorStatus.ACTIVE);
        assertThat(alice.seatedSince()).isEqualTo(NOW);
        assertThat(result.roster().editors()).extracting(Editor::username).containsExactly("bob", "alice");
        assertThat(actions(result)).containsExactly(AuditAction.EDITOR_REQUEUED);
    }

    @Test
    void aUserTheHostCannotFindIsFlaggedMissingAndKeepsTheirPlace() {
        Roster roster = Roster.of(List.of(editor("alice", 1).withGroup(true)));
        RosterSync.Result result = RosterSync.apply(roster, List.of(), Map.of("key-alice", Optional.empty()), NOW);
        Editor alice = result.roster().find("key-alice").orElseThrow();
        assertThat(alice.status()).isEqualTo(EditorStatus.MISSING);
        assertThat(alice.seatedSince()).isEqualTo(at(1));
        assertThat(actions(result)).containsExactly(AuditAction.EDITOR_MISSING);
    }

    @Test
    void aGroupOnlyEditorWhoVanishedFromTheDirectoryIsMissingNotRemoved() {
        Roster roster = Roster.of(List.of(editor("gus", 1).withGroup(true).withDirect(false)));
        RosterSync.Result result = RosterSync.apply(roster, List.of(), Map.of("key-gus", Optional.empty()), NOW);
        assertThat(result.roster().find("key-gus").orElseThrow().status()).isEqualTo(EditorStatus.MISSING);
    }

    @Test
    void aMissingEditorFoundAgainIsActiveWithTheSameSeat() {
        Roster roster = Roster.of(List.of(editor("alice", 1).withStatus(EditorStatus.MISSING, at(1))));
        RosterSync.Result result = RosterSync.apply(roster, List.of(),
                Map.of("key-alice", Optional.of(user("alice", true))), NOW);
        assertThat(result.roster().find("key-alice").orElseThrow().seatedSince()).isEqualTo(at(1));
        assertThat(actions(result)).containsExactly(AuditAction.EDITOR_FOUND);
    }

    @Test
    void aDeactivatedEditorWhoVanishesDoesNotGetASeatBack() {
        Roster roster = Roster.of(List.of(editor("alice", 1).withStatus(EditorStatus.INACTIVE, at(1))));
        RosterSync.Result result = RosterSync.apply(roster, List.of(), Map.of("key-alice", Optional.empty()), NOW);
        assertThat(result.roster().find("key-alice").orElseThrow().status()).isEqualTo(EditorStatus.INACTIVE);
    }

    @Test
    void editorsNotLookedUpAreLeftAlone() {
        Roster roster = Roster.of(List.of(editor("alice", 1)));
        RosterSync.Result result = RosterSync.apply(roster, List.of(), Map.of(), NOW);
        assertThat(result.roster()).isSameAs(roster);
        assertThat(result.changes()).isEmpty();
    }

    @Test
    void renamedUsersAreShownUnderTheirNewName() {
        Roster roster = Roster.of(List.of(editor("alice", 1)));
        HostUser renamed = new HostUser("key-alice", "alice.smith", "Alice Smith", null, true);
        RosterSync.Result result = RosterSync.apply(roster, List.of(), Map.of("key-alice", Optional.of(renamed)), NOW);
        assertThat(result.roster().find("key-alice").orElseThrow().username()).isEqualTo("alice.smith");
    }

    private static HostUser user(String name, boolean active) {
        return new HostUser("key-" + name, name, "User " + name, null, active);
    }

    private static List<AuditAction> actions(RosterSync.Result result) {
        return result.changes().stream().map(RosterSync.Change::action).toList();
    }
}
