package com.atlassian.jira.issue.history;

/**
 * Stand-in for Jira's {@code ChangeItemBean}, only as the return type of
 * {@code AttachmentManager.createAttachment}: no member copied (Plainframe ignores it; the sandbox answers
 * {@code null}). The real class has public constructors and getters, not copied. Type seen in the Jira 6.3.15 source
 * (J6 in the module README; UNVERIFIED against 9.12, 10.3 and 11 jars).
 */
public class ChangeItemBean {

    private ChangeItemBean() {
        super();
    }
}
