package com.atlassian.jira.issue.attachment;

import com.atlassian.jira.issue.IssueManager;
import org.ofbiz.core.entity.GenericValue;
import java.sql.Timestamp;

/**
 * Stand-in for Jira's {@code Attachment}, a class in the real API. Partial and flattened: the real one extends
 * {@code AbstractOfBizValueWrapper} (left out) and reads its fields from the entity; only the constructor and the
 * getters Plainframe calls are copied, as in the Jira 6.3.15 source (J6 in the module README; UNVERIFIED against 9.12,
 * 10.3 and 11 jars). The getters here answer {@code null}: the sandbox subclasses it.
 */
public class Attachment {

    public Attachment(IssueManager issueManager, GenericValue genericValue) {
        super();
    }

    public Long getId() {
        return null;
    }

    public Long getIssueId() {
        return null;
    }

    public String getFilename() {
        return null;
    }

    public String getMimetype() {
        return null;
    }

    public Long getFilesize() {
        return null;
    }

    public Timestamp getCreated() {
        return null;
    }

    public String getAuthorKey() {
        return null;
    }
}
