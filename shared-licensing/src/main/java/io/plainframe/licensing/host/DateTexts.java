package io.plainframe.licensing.host;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A moment as people read it on this host: the host's configured date format and time zone (Confluence's
 * general configuration, Jira's look and feel), so the admin page shows dates as the rest of the product does.
 * The REST answers carry it beside the ISO value, which stays the machine-readable one.
 */
@FunctionalInterface
public interface DateTexts {

    /** Longest text kept: a host pattern is an admin's text, so a runaway one cannot swell every answer. */
    int MAX_LENGTH = 100;

    /** Hosts without a configured format, and tests: {@code 2026-12-06 03:00 UTC}. */
    DateTexts ISO = at -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC).format(at);

    String dateTime(Instant at);

    /** A calendar day (a license's maintenance end): the same day wherever the reader is. ISO unless overridden. */
    default String date(LocalDate day) {
        return day.toString();
    }

    /** The text for a moment, bounded, and the ISO-ish default when the host cannot format it. */
    static String bounded(DateTexts texts, Instant at) {
        String text;
        try {
            text = texts.dateTime(at);
        } catch (RuntimeException e) {
            text = null;
        }
        return bounded(text, ISO.dateTime(at));
    }

    /** The text for a day, bounded, and the ISO day when the host cannot format it. */
    static String bounded(DateTexts texts, LocalDate day) {
        String text;
        try {
            text = texts.date(day);
        } catch (RuntimeException e) {
            text = null;
        }
        return bounded(text, day.toString());
    }

    private static String bounded(String text, String fallback) {
        String kept = text == null || text.isBlank() ? fallback : text;
        return kept.length() > MAX_LENGTH ? kept.substring(0, MAX_LENGTH) : kept;
    }
}
