package com.atlassian.jira.issue;

/**
 * Stand-in for Jira's {@code IssueManager}. Partial. The real methods also declare the unchecked
 * {@code com.atlassian.jira.exception.DataAccessException}, left out here (it changes neither compilation nor
 * linking).
 */
public interface IssueManager {
    /** The issue with this id, or {@code null}; a new instance on every call. */
    MutableIssue getIssueObject(Long id);

    /** The issue with this key, or {@code null}; a new instance on every call. */
    MutableIssue getIssueObject(String key);
}
