package io.plainframe.wireframes.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.host.InMemorySettingsStore;
import io.plainframe.licensing.host.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EditingMarkersTest {

    private static final WireframeId DEMO = new WireframeId("demo");

    private final InMemorySettingsStore settings = new InMemorySettingsStore();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T05:00:00Z"));
    private final EditingMarkers node1 = new EditingMarkers(settings, clock);
    private final EditingMarkers node2 = new EditingMarkers(settings, clock);

    @Test
    void eachEditorSeesTheOthersWithWhenTheyOpenedItAcrossNodes() {
        assertThat(node1.heartbeat(DEMO, "key-ann")).isEmpty();
        clock.advance(Duration.ofSeconds(10));

        assertThat(node2.heartbeat(DEMO, "key-bob")).extracting(EditingMarkers.Marker::userKey,
                EditingMarkers.Marker::since).containsExactly(org.assertj.core.groups.Tuple.tuple("key-ann",
                Instant.parse("2026-12-06T05:00:00Z")));
        clock.advance(EditingMarkers.HEARTBEAT);
        assertThat(node1.heartbeat(DEMO, "key-ann")).extracting(EditingMarkers.Marker::userKey)
                .containsExactly("key-bob");
        assertThat(node1.current(DEMO)).extracting(EditingMarkers.Marker::since)
                .as("a refresh keeps when they opened it").containsExactly(Instant.parse("2026-12-06T05:00:00Z"),
                        Instant.parse("2026-12-06T05:00:10Z"));
    }

    @Test
    void aMarkerGoesWhenItsEditorLeavesOrStopsRefreshingIt() {
        node1.heartbeat(DEMO, "key-ann");
        node2.heartbeat(DEMO, "key-bob");
        node2.left(DEMO, "key-bob");
        assertThat(node1.heartbeat(DEMO, "key-ann")).isEmpty();

        node2.heartbeat(DEMO, "key-bob");
        clock.advance(EditingMarkers.EXPIRY.plusSeconds(1));
        assertThat(node1.current(DEMO)).as("a closed tab, a dead node").isEmpty();
        assertThat(node1.heartbeat(DEMO, "key-ann")).isEmpty();
        assertThat(settings.read("wf.editing.demo").orElseThrow().value()).as("pruned").doesNotContain("key-bob");
    }

    @Test
    void atMostAFewMarkersAreKeptAndTheOneSeenLongestAgoMakesRoom() {
        for (int i = 0; i < EditingMarkers.MAX_MARKERS + 3; i++) {
            node1.heartbeat(DEMO, "key-user" + i);
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(node1.current(DEMO)).hasSize(EditingMarkers.MAX_MARKERS)
                .extracting(EditingMarkers.Marker::userKey).doesNotContain("key-user0", "key-user1", "key-user2")
                .contains("key-user10");
    }

    @Test
    void leavingWithoutAMarkerWritesNothing() {
        node1.left(DEMO, "key-ann");

        assertThat(settings.read("wf.editing.demo")).isEmpty();
    }
}
