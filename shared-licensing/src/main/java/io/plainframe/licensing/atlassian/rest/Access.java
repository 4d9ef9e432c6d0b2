package io.plainframe.licensing.atlassian.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Who may call an endpoint; every resource method carries one, and a test proves the behaviour matches. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Access {

    Role value();

    /** The roles of SPEC 6. */
    enum Role {
        /** Any signed-in user; anonymous callers get 401. */
        USER,
        /** Administrators only; anonymous callers get 401, other users 403. */
        ADMIN
    }
}
