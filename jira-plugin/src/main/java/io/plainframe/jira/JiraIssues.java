package io.plainframe.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Issues by the content id Plainframe is given: the issue's id ({@code 10001}, what wireframes are kept under, as
 * it survives moves to another project) or its key ({@code DEMO-1}, what pages show and older builds kept). A key
 * always starts with letters, so the two never read alike.
 */
final class JiraIssues {

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    private final IssueManager issues;

    JiraIssues(IssueManager issues) {
        this.issues = Objects.requireNonNull(issues, "issues");
    }

    /** The issue; empty when none has that id or key. */
    Optional<MutableIssue> issue(String contentId) {
        if (contentId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(ID.matcher(contentId).matches() ? issues.getIssueObject(Long.valueOf(contentId))
                : issues.getIssueObject(contentId));
    }

    /** The issue's id, which wireframes are kept under; empty when no such issue. */
    Optional<String> stableId(String contentId) {
        return issue(contentId).map(issue -> String.valueOf(issue.getId()));
    }
}
