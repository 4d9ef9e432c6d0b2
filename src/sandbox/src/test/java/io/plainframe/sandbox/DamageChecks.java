package io.plainframe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * The damage matrix's checks, over what the sandbox answered and stored, apart from the gathering so that
 * {@code SandboxDamageMatrixTest.theChecksFailOnWhatEachDamageBugWouldGive} can feed them what the bugs they guard
 * against would give.
 */
final class DamageChecks {

    private DamageChecks() {
    }

    static void checkNeverOverwritten(String what, String damaged, String storedAfter) {
        assertThat(storedAfter).as("%s: the damaged text is never overwritten", what).isEqualTo(damaged);
    }

    static void checkStateShown(String name, String problem) {
        assertThat(problem).as("%s: the problem names the value and what is wrong", name)
                .matches("stored value 'state' is damaged: .{8,}");
    }

    static void checkCounterShown(String name, Map<String, Object> audit) {
        assertThat(audit.get("counterDamaged")).as("%s: the audit says its counter is damaged", name)
                .isEqualTo(true);
        assertThat((List<?>) audit.get("events")).as("%s: no events listed", name).isEmpty();
        assertThat((String) audit.get("damagedMessage")).as("%s: the message", name)
                .doesNotContain("intact").contains("server log");
    }

    static void checkSlotShown(String name, Map<String, Object> audit, int events) {
        assertThat(audit.get("damaged")).as("%s: one event counted as damaged", name).isEqualTo(1L);
        assertThat((List<?>) audit.get("events")).as("%s: the rest of the audit listed", name)
                .hasSize(events - 1);
    }

    static void checkWriteAnswered(String value, int status, Object code) {
        if (value.equals("state")) {
            assertThat(status).as("the change is refused while the state is damaged").isEqualTo(500);
            assertThat(code).isEqualTo("STATE_UNREADABLE");
        } else {
            assertThat(status).as("a damaged audit never fails a change").isEqualTo(200);
        }
    }
}
