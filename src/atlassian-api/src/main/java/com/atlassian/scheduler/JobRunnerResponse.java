package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;
import java.util.Objects;

/**
 * Stand-in for atlassian-scheduler's {@code JobRunnerResponse}. Partial: not {@code failed(Throwable)},
 * {@code equals}, {@code hashCode}; {@code aborted} and {@code failed} refuse a blank message as the real ones do.
 */
public final class JobRunnerResponse {

    private final RunOutcome runOutcome;
    private final String message;

    private JobRunnerResponse(RunOutcome runOutcome, String message) {
        this.runOutcome = runOutcome;
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return success(null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(RunOutcome.SUCCESS, message);
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse(RunOutcome.ABORTED, notBlank(message));
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(RunOutcome.FAILED, notBlank(message));
    }

    public RunOutcome getRunOutcome() {
        return runOutcome;
    }

    public String getMessage() {
        return message;
    }

    @Override
    public String toString() {
        return "JobRunnerResponse[runOutcome=" + runOutcome + ",message='" + message + "']";
    }

    private static String notBlank(String message) {
        if (Objects.requireNonNullElse(message, "").trim().isEmpty()) {
            throw new IllegalArgumentException("The message must be specified");
        }
        return message;
    }
}
