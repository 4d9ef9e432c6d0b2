package io.plainframe.sandbox.host;

import com.atlassian.confluence.core.FormatSettingsManager;
import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeFormatterFactory;
import com.atlassian.jira.datetime.DateTimeStyle;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The hosts' configured date formats. Deliberately not the products' defaults nor any browser's rendering, so a test
 * can tell that the admin page shows the host's format: Confluence's General Configuration says
 * {@value #CONFLUENCE_DATE_TIME}, Jira's look and feel {@value #JIRA_COMPLETE}; every user's time zone is
 * {@value #ZONE}.
 */
public final class SandboxDateFormats {

    public static final String CONFLUENCE_DATE_TIME = "dd/MM/yyyy HH:mm";
    public static final String CONFLUENCE_DATE = "dd/MM/yyyy";
    public static final String JIRA_COMPLETE = "yyyy.MM.dd 'at' HH:mm";
    public static final String JIRA_DATE = "yyyy.MM.dd";
    public static final String ZONE = "UTC";

    private SandboxDateFormats() {
    }

    /** Confluence's General Configuration formats. */
    public static FormatSettingsManager confluence() {
        return new FormatSettingsManager() {
            @Override
            public String getDateFormat() {
                return CONFLUENCE_DATE;
            }

            @Override
            public String getTimeFormat() {
                return "HH:mm";
            }

            @Override
            public String getDateTimeFormat() {
                return CONFLUENCE_DATE_TIME;
            }
        };
    }

    /** SAL's time zones: every user's and the default are {@value #ZONE}. */
    public static TimeZoneManager timeZones() {
        return new TimeZoneManager() {
            @Override
            public TimeZone getUserTimeZone() {
                return TimeZone.getTimeZone(ZONE);
            }

            @Override
            public TimeZone getUserTimeZone(UserKey userKey) {
                return TimeZone.getTimeZone(ZONE);
            }

            @Override
            public TimeZone getDefaultTimeZone() {
                return TimeZone.getTimeZone(ZONE);
            }
        };
    }

    /**
     * Jira's formatters. Only the complete and date styles are configured here; others refuse, so nothing relies on
     * them. Each formats in its zone: the user's ({@value #ZONE}) unless one was named.
     */
    public static DateTimeFormatterFactory jira() {
        return () -> new JiraFormatter(DateTimeStyle.RELATIVE, TimeZone.getTimeZone(ZONE));
    }

    private record JiraFormatter(DateTimeStyle style, TimeZone zone) implements DateTimeFormatter {

        @Override
        public String format(Date date) {
            String pattern = switch (style) {
                case COMPLETE -> JIRA_COMPLETE;
                case DATE -> JIRA_DATE;
                default -> throw new UnsupportedOperationException("the sandbox has no pattern for " + style);
            };
            SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.ENGLISH);
            format.setTimeZone(zone);
            return format.format(date);
        }

        @Override
        public DateTimeFormatter forLoggedInUser() {
            return new JiraFormatter(style, TimeZone.getTimeZone(ZONE));
        }

        @Override
        public DateTimeFormatter withStyle(DateTimeStyle newStyle) {
            return new JiraFormatter(newStyle, zone);
        }

        @Override
        public DateTimeFormatter withZone(TimeZone timeZone) {
            return new JiraFormatter(style, timeZone == null ? TimeZone.getTimeZone(ZONE) : timeZone);
        }
    }
}
