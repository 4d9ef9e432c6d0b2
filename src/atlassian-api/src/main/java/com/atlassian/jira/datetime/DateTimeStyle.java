package com.atlassian.jira.datetime;

/** Stand-in for Jira's {@code DateTimeStyle}; constant order as in Jira 6.3.15. */
public enum DateTimeStyle {
    TIME,
    DATE,
    COMPLETE,
    RELATIVE,
    DATE_TIME_PICKER,
    DATE_PICKER,
    RELATIVE_WITH_TIME_ONLY,
    RELATIVE_ALWAYS_WITH_TIME,
    RELATIVE_WITHOUT_TIME,
    ISO_8601_DATE_TIME,
    ISO_8601_DATE,
    RSS_RFC822_DATE_TIME
}
