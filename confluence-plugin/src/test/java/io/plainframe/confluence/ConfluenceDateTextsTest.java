package io.plainframe.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.core.FormatSettingsManager;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import io.plainframe.licensing.host.DateTexts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The admin page's dates in Confluence's General Configuration formats and the signed-in user's time zone. */
class ConfluenceDateTextsTest {

    @Test
    void momentsUseTheDateTimeFormatInTheUsersZoneAndDaysTheDateFormat() {
        FormatSettingsManager formats = mock(FormatSettingsManager.class);
        TimeZoneManager zones = mock(TimeZoneManager.class);
        when(formats.getDateTimeFormat()).thenReturn("dd/MM/yyyy HH:mm");
        when(formats.getDateFormat()).thenReturn("dd/MM/yyyy");
        when(zones.getUserTimeZone()).thenReturn(TimeZone.getTimeZone("Pacific/Honolulu"));

        DateTexts texts = ConfluencePlainframe.dates(formats, zones);

        assertThat(texts.dateTime(Instant.parse("2026-12-06T03:00:00Z"))).isEqualTo("05/12/2026 17:00");
        assertThat(texts.date(LocalDate.of(2027, 12, 6))).as("a day stays itself in any zone")
                .isEqualTo("06/12/2027");
    }
}
