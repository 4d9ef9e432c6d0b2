package io.plainframe.licensing.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Review finding (issue 15): the directory's text must not stop every sync by holding half a surrogate pair. */
class HostUserTest {

    @Test
    void halfASurrogatePairFromTheDirectoryBecomesAReplacementCharacterAndWholePairsStay() {
        HostUser user = new HostUser("key-1", "ann\ud800", "Ann \udc00 \ud83d\ude00", "ann\ud83d@example.com", true);

        assertThat(user.username()).isEqualTo("ann\ufffd");
        assertThat(user.displayName()).isEqualTo("Ann \ufffd \ud83d\ude00");
        assertThat(user.email()).isEqualTo("ann\ufffd@example.com");
        // What the state and the answers are written from now writes.
        assertThat(Json.parse(Json.write(List.of(user.username(), user.displayName(), user.email()))))
                .isEqualTo(List.of("ann\ufffd", "Ann \ufffd \ud83d\ude00", "ann\ufffd@example.com"));
    }

    @Test
    void anEditorsGroupNameWithHalfASurrogatePairIsNotAGroupName() {
        assertThat(io.plainframe.licensing.state.Settings.acceptsGroup("designers\ud800")).isFalse();
        assertThat(io.plainframe.licensing.state.Settings.acceptsGroup("designers \ud83d\ude00")).isTrue();
    }

    @Test
    void ordinaryTextIsKeptAsItIs() {
        HostUser user = new HostUser("key-2", "bob", "Bob 😀 Müller", null, true);
        assertThat(user.displayName()).isEqualTo("Bob 😀 Müller");
        assertThat(user.email()).isNull();
        assertThat(new HostUser("key-3", "carol", " ", null, true).displayName()).isEqualTo("carol");
    }
}
