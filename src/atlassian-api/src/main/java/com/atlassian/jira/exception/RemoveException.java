package com.atlassian.jira.exception;

/**
 * Stand-in for Jira's {@code RemoveException} (checked). Flattened: the real class extends
 * {@code com.atlassian.jira.JiraException extends Exception}; the four constructors as in the Jira 6.3.15 source (J6
 * in the module README; UNVERIFIED against 9.12, 10.3 and 11 jars).
 */
public class RemoveException extends Exception {

    private static final long serialVersionUID = 1L;

    public RemoveException() {
        super();
    }

    public RemoveException(String msg) {
        super(msg);
    }

    public RemoveException(Exception e) {
        super(e);
    }

    public RemoveException(String msg, Exception e) {
        super(msg, e);
    }
}
