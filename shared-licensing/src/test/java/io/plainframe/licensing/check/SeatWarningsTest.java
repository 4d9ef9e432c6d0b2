package io.plainframe.licensing.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.i18n.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seat warnings the admin page shows for the seats in use, beside the license's other warnings. */
class SeatWarningsTest {

    private static final Outcome<LicenseWarning> MAINTENANCE = Outcome.of(LicenseWarning.MAINTENANCE_ENDING,
            LicenseWarning.MAINTENANCE_ENDING.i18nKey(), 12);

    @Test
    void fourFifthsOfTheSeatsTakenIsNearlyFullAndOneFewerIsNot() {
        assertThat(codes(LicenseCheck.withSeatWarnings(List.of(), 10, 8, 0)))
                .containsExactly(LicenseWarning.SEATS_NEARLY_FULL);
        assertThat(LicenseCheck.withSeatWarnings(List.of(), 10, 8, 0).get(0).message().arguments())
                .containsExactly(8, 10);
        assertThat(codes(LicenseCheck.withSeatWarnings(List.of(), 10, 7, 0))).isEmpty();
    }

    @Test
    void noSeatsOrUnlimitedSeatsAreNeverNearlyFull() {
        assertThat(codes(LicenseCheck.withSeatWarnings(List.of(), 0, 0, 0))).isEmpty();
        assertThat(codes(LicenseCheck.withSeatWarnings(List.of(), Integer.MAX_VALUE, 1_000_000, 0))).isEmpty();
    }

    @Test
    void editorsWaitingAreNamedWithHowMany() {
        List<Outcome<LicenseWarning>> warnings = LicenseCheck.withSeatWarnings(List.of(), 10, 10, 3);
        assertThat(codes(warnings)).containsExactly(LicenseWarning.SEATS_NEARLY_FULL, LicenseWarning.EDITORS_WAITING);
        assertThat(warnings.get(1).message().arguments()).containsExactly(3);
    }

    @Test
    void theLicensesOtherWarningsStayAndOldSeatWarningsAreReplaced() {
        List<Outcome<LicenseWarning>> earlier = LicenseCheck.withSeatWarnings(List.of(MAINTENANCE), 10, 10, 2);
        assertThat(codes(LicenseCheck.withSeatWarnings(earlier, 10, 1, 0)))
                .containsExactly(LicenseWarning.MAINTENANCE_ENDING);
    }

    private static List<LicenseWarning> codes(List<Outcome<LicenseWarning>> warnings) {
        return warnings.stream().map(Outcome::code).toList();
    }
}
