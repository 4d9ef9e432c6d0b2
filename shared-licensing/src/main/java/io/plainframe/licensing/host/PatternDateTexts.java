package io.plainframe.licensing.host;

import java.text.SimpleDateFormat;
import java.time.Instant;
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

    private final Supplier<String> pattern;
    private final Supplier<TimeZone> zone;
    private final Locale locale;

    public PatternDateTexts(Supplier<String> pattern, Supplier<TimeZone> zone, Locale locale) {
        this.pattern = pattern;
        this.zone = zone;
        this.locale = locale;
    }

    @Override
    public String dateTime(Instant at) {
        String configured = pattern.get();
        if (configured == null || configured.isBlank()) {
            return ISO.dateTime(at);
        }
        try {
            // SimpleDateFormat is not thread-safe: one per call.
            SimpleDateFormat format = new SimpleDateFormat(configured, locale);
            TimeZone timeZone = zone.get();
            format.setTimeZone(timeZone == null ? TimeZone.getTimeZone("UTC") : timeZone);
            return format.format(Date.from(at));
        } catch (IllegalArgumentException e) {
            return ISO.dateTime(at);
        }
    }
}
