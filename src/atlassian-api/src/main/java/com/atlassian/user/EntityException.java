package com.atlassian.user;

/** Stand-in for atlassian-user's {@code EntityException}: a checked exception from the user directory. */
public class EntityException extends Exception {
    public EntityException() {
    }

    public EntityException(String message) {
        super(message);
    }

    public EntityException(Throwable cause) {
        super(cause);
    }

    public EntityException(String message, Throwable cause) {
        super(message, cause);
    }
}
