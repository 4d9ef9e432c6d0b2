package io.plainframe.licensing.host;

import java.text.SimpleDateFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Supplier;

/**
 * Dates in a host's {@link SimpleDateFormat} pattern (Confluence keeps its "date and time format" that way), in a
 * time zone the host names. Both are read on every call, so an admin's change shows on the next page load; a pattern
 * the JDK refuses falls back to {@link DateTexts#ISO} rather than failing the answer.
 */
public final class PatternDateTexts implements DateTexts {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final Supplier<String> pattern;
    private final Supplier<String> dayPattern;
    private final Supplier<TimeZone> zone;
    private final Locale locale;

    /**
     * @param pattern    the date-and-time pattern, for moments
     * @param dayPattern the date pattern, for calendar days
     * @param zone       the reader's time zone, for moments (days have none)
     */
    public PatternDateTexts(Supplier<String> pattern, Supplier<String> dayPattern, Supplier<TimeZone> zone,
                            Locale locale) {
        this.pattern = pattern;
        this.dayPattern = dayPattern;
        this.zone = zone;
        this.locale = locale;
    }

    @Override
    public String dateTime(Instant at) {
        TimeZone timeZone = zone.get();
        String text = format(pattern.get(), timeZone == null ? UTC : timeZone, Date.from(at));
        return text == null ? ISO.dateTime(at) : text;
    }

    /** The day formatted at its UTC midnight in UTC, so no reader's zone moves it to the day before. */
    @Override
    public String date(LocalDate day) {
        String text = format(dayPattern.get(), UTC, Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
        return text == null ? day.toString() : text;
    }

    private String format(String configured, TimeZone timeZone, Date date) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        try {
            // SimpleDateFormat is not thread-safe: one per call.
            SimpleDateFormat format = new SimpleDateFormat(configured, locale);
            format.setTimeZone(timeZone);
            return format.format(date);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
