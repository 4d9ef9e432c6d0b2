package io.plainframe.licensing.host;

/**
 * The host could not answer just now (user directory down, database busy). Callers change nothing and try
 * again later; this is never taken to mean "no such user" or "no members".
 */
public final class HostUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HostUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
