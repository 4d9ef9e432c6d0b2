package io.plainframe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The negative controls of {@link EditorRaces}' checks: each is shown the answer a node would give with the bug it
 * guards against (issue 17, item 1: the old check could not fail, as the seat allocation never licenses more than
 * the seats whatever the write path admitted), and must fail.
 */
class EditorRacesCheckTest {

    @Test
    void anAnswerWithinTheSeatsPasses() {
        Set<String> direct = names(7);
        int[] counts = EditorRaces.check(answer(10, direct, 3, 10), 0, 10, 10, direct);
        assertThat(counts).containsExactly(10, 10);
    }

    @Test
    void anAdditionAdmittedPastTheFreeSeatsFailsTheCheckThoughNoMoreAreLicensed() {
        Set<String> direct = names(8);
        // Eleven hold or wait for a seat under a 10-seat license: the allocation still licenses only 10.
        assertThatThrownBy(() -> EditorRaces.check(answer(10, direct, 3, 10), 3, 10, 10, direct))
                .isInstanceOf(AssertionError.class).hasMessageContaining("at most the largest license");
    }

    @Test
    void aLostAdditionOrRemovalFailsTheCheck() {
        Set<String> stored = names(5);
        Set<String> acknowledged = new HashSet<>(stored);
        acknowledged.add("user99");
        assertThatThrownBy(() -> EditorRaces.check(answer(10, stored, 3, 8), 1, 10, 10, acknowledged))
                .isInstanceOf(AssertionError.class).hasMessageContaining("every acknowledged change");
    }

    @Test
    void moreLicensedThanSeatsFailsTheCheck() {
        Set<String> direct = names(9);
        assertThatThrownBy(() -> EditorRaces.check(answer(10, direct, 3, 11), 2, 10, 25, direct))
                .isInstanceOf(AssertionError.class).hasMessageContaining("licensed editors within the seats");
    }

    @Test
    void aRefusalForAnotherReasonThanSeatsFailsTheCheck() {
        assertThat(EditorRaces.refusal(409, "{\"code\":\"NO_FREE_SEATS\"}", 0, "user11")).isEqualTo(409);
        assertThatThrownBy(() -> EditorRaces.refusal(409, "{\"code\":\"STATE_CHANGING\"}", 0, "user11"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("why adding user11 was refused");
        assertThatThrownBy(() -> EditorRaces.refusal(503, "{}", 0, "user11")).isInstanceOf(AssertionError.class);
    }

    private static Set<String> names(int count) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < count; i++) {
            names.add(String.format("user%02d", 11 + i));
        }
        return names;
    }

    /** GET /editors as a node answers it: the direct editors, then the group's, the first {@code licensed} seated. */
    private static Map<String, Object> answer(long seats, Set<String> direct, int group, int licensed) {
        List<Map<String, Object>> editors = new ArrayList<>();
        direct.stream().sorted().forEach(name -> editors.add(editor(name, "DIRECT")));
        for (int i = 1; i <= group; i++) {
            editors.add(editor(String.format("user%02d", i), "GROUP"));
        }
        for (int i = 0; i < editors.size(); i++) {
            editors.get(i).put("state", i < licensed ? "LICENSED" : "WAITING");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("seats", Map.of("limit", seats));
        answer.put("editors", editors);
        return answer;
    }

    private static Map<String, Object> editor(String username, String source) {
        Map<String, Object> editor = new LinkedHashMap<>();
        editor.put("username", username);
        editor.put("source", source);
        return editor;
    }
}
