package io.plainframe.sandbox.runtime;

import java.lang.reflect.Method;

/** The host's access rule for a resource method, asked for the user of the request being served. */
@FunctionalInterface
public interface AccessCheck {

    /**
     * @param resource the root resource's class
     * @param method   the resource method about to run
     * @return {@code null} to let it run, else the host's answer
     */
    Refusal refuse(Class<?> resource, Method method);

    /**
     * What the host answers instead of running the resource method.
     *
     * @param status the HTTP status
     * @param json   the body, {@code application/json}
     */
    record Refusal(int status, String json) {
    }
}
