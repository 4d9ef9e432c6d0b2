package io.plainframe.licensing.seat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The roster's, seat requests' and remembered places' edges that PIT found untested. */
class RosterEdgesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void rostersOfTheSameEditorsAreEqualWithEqualHashCodesAndNameTheirEditors() {
        Roster one = Roster.of(List.of(editor("ann", 1), editor("bob", 2)));
        Roster same = Roster.of(List.of(editor("bob", 2), editor("ann", 1)));
        Roster other = Roster.of(List.of(editor("ann", 1)));
        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
        assertThat(one.hashCode()).as("spread over a hash table's buckets").isNotEqualTo(other.hashCode());
        assertThat(one.toString()).startsWith("Roster[").contains("ann", "bob");
    }

    @Test
    void aSeatRequestNoteMayBeExactlyTheLongestAllowed() {
        String longest = "n".repeat(SeatRequest.MAX_NOTE_LENGTH);
        assertThat(new SeatRequest("r1", "key-ann", "ann", "Ann", longest, NOW).note()).isEqualTo(longest);
        assertThatThrownBy(() -> new SeatRequest("r1", "key-ann", "ann", "Ann", longest + "n", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rememberingMorePlacesKeepsThePlacesRememberedBefore() {
        SeatMemory memory = SeatMemory.EMPTY.remember(List.of(editor("ann", 1)), NOW)
                .remember(List.of(editor("bob", 2)), NOW.plusSeconds(60));
        assertThat(memory.placesAt(NOW.plusSeconds(120))).containsOnlyKeys("key-ann", "key-bob")
                .containsEntry("key-ann", NOW.minusSeconds(1));
    }

    private static Editor editor(String username, int secondsAgo) {
        return new Editor("key-" + username, username, username, username + "@example.com", true, false,
                NOW.minusSeconds(secondsAgo), EditorStatus.ACTIVE);
    }
}
