package com.atlassian.sal.api.websudo;

/** Stand-in for SAL's {@code WebSudoSessionException} (unchecked). */
public class WebSudoSessionException extends RuntimeException {
    public WebSudoSessionException() {
        super();
    }

    public WebSudoSessionException(String message) {
        super(message);
    }

    public WebSudoSessionException(String message, Throwable cause) {
        super(message, cause);
    }
}
