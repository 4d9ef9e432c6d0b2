package com.atlassian.scheduler;

/** Stand-in for atlassian-scheduler's {@code SchedulerServiceException}. */
public class SchedulerServiceException extends Exception {

    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
