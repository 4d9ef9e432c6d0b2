package com.atlassian.jira.datetime;

import java.util.Date;
import java.util.TimeZone;

/**
 * Stand-in for Jira's {@code DateTimeFormatter}. Partial: {@code format}, {@code forLoggedInUser},
 * {@code withStyle} and {@code withZone}; the real interface also has {@code parse}, {@code forUser},
 * {@code withDefaultZone}, {@code withSystemZone}, {@code withDefaultLocale}, {@code withLocale}, {@code getZone},
 * {@code getLocale}, {@code getStyle} and {@code getFormatHint}.
 */
public interface DateTimeFormatter {

    String format(Date date);

    /** A formatter in the signed-in user's time zone and locale (Jira's defaults when they set none). */
    DateTimeFormatter forLoggedInUser();

    DateTimeFormatter withStyle(DateTimeStyle style);

    /** A formatter in the given zone (Jira's default zone when null). */
    DateTimeFormatter withZone(TimeZone timeZone);
}
