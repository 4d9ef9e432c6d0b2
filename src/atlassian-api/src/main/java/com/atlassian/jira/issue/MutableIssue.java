package com.atlassian.jira.issue;

/** Stand-in for Jira's {@code MutableIssue}. Partial: none of its setters are copied. */
public interface MutableIssue extends Issue {
}
