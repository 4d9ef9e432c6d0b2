package com.atlassian.jira.datetime;

/** Stand-in for Jira's {@code DateTimeFormatterFactory} (all: one method; {@code @InjectableComponent} left out). */
public interface DateTimeFormatterFactory {

    /** A formatter in Jira's default zone, locale and relative style. */
    DateTimeFormatter formatter();
}
