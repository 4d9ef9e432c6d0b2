package io.plainframe.licensing.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.host.InMemorySettingsStore;
import io.plainframe.licensing.json.JsonException;
import io.plainframe.licensing.seat.Editor;
import io.plainframe.licensing.seat.EditorStatus;
import io.plainframe.licensing.seat.Roster;
import io.plainframe.licensing.seat.SeatMemory;
import io.plainframe.licensing.seat.SeatMode;
import io.plainframe.licensing.seat.SeatRequest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateCodecTest {

    private static final Instant T = Instant.parse("2026-03-10T12:00:00Z");

    private final PlainframeState state = new PlainframeState("PLAINFRAME-key",
            new Settings(SeatMode.EVERYONE, "plainframe-editors-jira"),
            Roster.of(List.of(
                    new Editor("k1", "alice", "Alice <b>A</b>", "a@example.com", true, false, T, EditorStatus.ACTIVE),
                    new Editor("k2", "bob", "Bob", null, false, true, T.plusSeconds(1), EditorStatus.MISSING),
                    new Editor("k3", "carol", "Carol", null, true, true, T.plusSeconds(2), EditorStatus.INACTIVE))),
            List.of(new SeatRequest("r1", "k4", "dave", "Dave", "please \"now\"", T)));

    @Test
    void everyPartOfTheStateRoundTrips() {
        assertThat(StateCodec.decode(StateCodec.encode(state))).isEqualTo(state);
        assertThat(StateCodec.decode(StateCodec.encode(PlainframeState.INITIAL))).isEqualTo(PlainframeState.INITIAL);
    }

    @Test
    void rememberedPlacesRoundTripAndAreLeftOutWhenThereAreNone() {
        PlainframeState remembering = state.withMemory(SeatMemory.EMPTY.remember(List.of(
                new Editor("k9", "gus", "Gus", null, false, true, T, EditorStatus.ACTIVE)), T.plusSeconds(60)));
        assertThat(StateCodec.decode(StateCodec.encode(remembering))).isEqualTo(remembering);
        assertThat(StateCodec.encode(remembering)).contains("\"droppedPlaces\":[{\"key\":\"k9\"");
        assertThat(StateCodec.encode(state)).doesNotContain("droppedPlaces");
        assertThatThrownBy(() -> StateCodec.decode(StateCodec.encode(remembering).replace("\"until\"", "\"u\"")))
                .hasMessageContaining("state.droppedPlaces[0].until");
    }

    @Test
    void namesAreSpeltOutNeverOrdinals() {
        assertThat(StateCodec.encode(state))
                .contains("\"schema\":1", "\"mode\":\"everyone\"", "\"status\":\"missing\"");
    }

    @Test
    void aFreshInstallReadsAsTheInitialState() {
        assertThat(new StateStore(new InMemorySettingsStore()).load())
                .isEqualTo(new StateStore.Loaded(PlainframeState.INITIAL, 0));
    }

    @Test
    void aStateFromANewerSchemaIsRefusedRatherThanMisread() {
        String newer = StateCodec.encode(state).replace("\"schema\":1", "\"schema\":2");
        assertThatThrownBy(() -> StateCodec.decode(newer)).isInstanceOf(JsonException.class)
                .hasMessageContaining("newer Plainframe");
    }

    @Test
    void missingOrWrongPartsAreNamed() {
        String encoded = StateCodec.encode(state);
        assertThatThrownBy(() -> StateCodec.decode(encoded.replace("\"direct\":true", "\"direct\":\"yes\"")))
                .hasMessageContaining("state.editors[0].direct");
        assertThatThrownBy(() -> StateCodec.decode(encoded.replace("\"mode\":\"everyone\"", "\"mode\":\"all\"")))
                .hasMessageContaining("state.settings.mode");
        assertThatThrownBy(() -> StateCodec.decode(encoded.replace("2026-03-10T12:00:00Z", "yesterday")))
                .hasMessageContaining("since");
        assertThatThrownBy(() -> StateCodec.decode(encoded.replace("\"k2\"", "\"k1\"")))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> StateCodec.decode("[]")).hasMessageContaining("not an object");
    }

    @Test
    void theStoreReportsADamagedStateAsCorruptWithTheReason() {
        InMemorySettingsStore settings = new InMemorySettingsStore();
        settings.overwrite(StateStore.KEY, "{\"schema\":1,");
        assertThatThrownBy(() -> new StateStore(settings).load()).isInstanceOf(CorruptValueException.class)
                .hasMessageContaining("'state' is damaged").hasMessageContaining("at character");
    }
}
