package com.atlassian.jira.web.util;

/**
 * Stand-in for Jira's {@code AttachmentException} (checked), complete, as in the Jira 6.3.15 source (J6 in the module
 * README; UNVERIFIED against 9.12, 10.3 and 11 jars).
 */
public class AttachmentException extends Exception {

    private static final long serialVersionUID = 1L;

    public AttachmentException(String message) {
        super(message);
    }

    public AttachmentException(Throwable cause) {
        super(cause);
    }

    public AttachmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
