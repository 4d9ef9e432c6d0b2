package com.atlassian.sal.api.user;

/** Stand-in for SAL's {@code UserResolutionException} (unchecked). */
public class UserResolutionException extends RuntimeException {
    public UserResolutionException(String message, Throwable cause) {
        super(message, cause);
    }

    public UserResolutionException(Throwable cause) {
        super(cause);
    }

    public UserResolutionException(String message) {
        super(message);
    }
}
