package com.atlassian.jira.issue;

/**
 * Stand-in for Jira's {@code Issue}. Partial: the real interface extends {@code OfBizValueWrapper},
 * {@code IssueContext}, {@code WithId} and {@code WithKey} and has many more getters.
 */
public interface Issue {
    Long getId();

    String getKey();
}
