package io.plainframe.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeFormatterFactory;
import com.atlassian.jira.datetime.DateTimeStyle;
import io.plainframe.licensing.host.DateTexts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The admin page's dates through Jira's own formatter: the signed-in user's, in Jira's configured styles. */
class JiraDateTextsTest {

    private final DateTimeFormatterFactory factory = mock(DateTimeFormatterFactory.class);
    private final DateTimeFormatter base = mock(DateTimeFormatter.class);
    private final DateTimeFormatter user = mock(DateTimeFormatter.class);
    private final DateTimeFormatter complete = mock(DateTimeFormatter.class);
    private final DateTimeFormatter date = mock(DateTimeFormatter.class);
    private final DateTimeFormatter dateInUtc = mock(DateTimeFormatter.class);

    @Test
    void momentsUseTheSignedInUsersCompleteFormatAndDaysTheDateFormatInUtc() {
        when(factory.formatter()).thenReturn(base);
        when(base.forLoggedInUser()).thenReturn(user);
        when(user.withStyle(DateTimeStyle.COMPLETE)).thenReturn(complete);
        when(user.withStyle(DateTimeStyle.DATE)).thenReturn(date);
        when(date.withZone(TimeZone.getTimeZone("UTC"))).thenReturn(dateInUtc);
        Instant at = Instant.parse("2026-12-06T03:00:00Z");
        when(complete.format(Date.from(at))).thenReturn("06/Dec/26 3:00 AM");
        when(dateInUtc.format(Date.from(Instant.parse("2027-12-06T00:00:00Z")))).thenReturn("06/Dec/27");

        DateTexts texts = JiraPlainframe.dates(factory);

        assertThat(texts.dateTime(at)).isEqualTo("06/Dec/26 3:00 AM");
        assertThat(texts.date(LocalDate.of(2027, 12, 6))).isEqualTo("06/Dec/27");
    }
}
