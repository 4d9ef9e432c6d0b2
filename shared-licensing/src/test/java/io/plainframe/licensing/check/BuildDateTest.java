package io.plainframe.licensing.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.Fixtures;
import io.plainframe.licensing.LogCapture;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BuildDateTest {

    @Test
    void theHeaderUpmReadsGivesTheBuildsUtcDate() {
        assertThat(BuildDate.fromHeader("2026-11-23T08:30:15+0000", Fixtures.CLOCK))
                .isEqualTo(BuildDate.of(LocalDate.of(2026, 11, 23)));
    }

    @Test
    void aBuildJustAfterMidnightInBerlinWasBuiltTheDayBeforeInUtc() {
        assertThat(BuildDate.fromHeader("2026-11-23T00:30:00+0100", Fixtures.CLOCK).date())
                .isEqualTo(LocalDate.of(2026, 11, 22));
    }

    @Test
    void aMissingHeaderCountsAsBuiltTodayAndTheLogSaysWhy() {
        try (LogCapture log = LogCapture.of(BuildDate.class)) {
            BuildDate missing = BuildDate.fromHeader(null, Fixtures.CLOCK);
            assertThat(missing.date()).isEqualTo(Fixtures.TODAY);
            assertThat(missing.assumed()).isTrue();
            assertThat(log.lines()).containsExactly("WARNING No " + BuildDate.HEADER
                    + " header; treating this build as built today.");
        }
    }

    @Test
    void anUnreadableHeaderCountsAsBuiltTodayAndTheLogQuotesIt() {
        try (LogCapture log = LogCapture.of(BuildDate.class)) {
            BuildDate unreadable = BuildDate.fromHeader("last Tuesday", Fixtures.CLOCK);
            assertThat(unreadable.date()).isEqualTo(Fixtures.TODAY);
            assertThat(unreadable.assumed()).isTrue();
            assertThat(log.lines()).containsExactly("WARNING Unreadable " + BuildDate.HEADER
                    + " header 'last Tuesday'; treating this build as built today.");
        }
    }

    @Test
    void theFormatIsTheOneMavenWritesIntoTheManifest() {
        assertThat(BuildDate.fromHeader(" 2027-01-15T23:59:59+0000\n", Fixtures.CLOCK).date())
                .isEqualTo(LocalDate.of(2027, 1, 15));
    }
}
