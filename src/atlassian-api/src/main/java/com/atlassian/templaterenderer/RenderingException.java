package com.atlassian.templaterenderer;

/** Stand-in for the template renderer API's {@code RenderingException} (unchecked). */
public class RenderingException extends RuntimeException {
    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
