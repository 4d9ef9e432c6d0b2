package io.plainframe.sandbox.access;

import com.atlassian.sal.api.user.UserManager;
import io.plainframe.sandbox.runtime.AccessCheck;
import java.lang.reflect.Method;

/** The REST layer's check: the platform's rules for the user SAL has bound to the request. */
public final class HostAccess implements AccessCheck {

    /** REST v1's {@code AuthenticationRequiredException}, as its exception mapper writes it. */
    public static final Refusal REFUSAL = new Refusal(401,
            "{\"message\":\"Client must be authenticated to access this resource.\",\"status-code\":401}");

    private final AccessRules rules;
    private final UserManager users;

    public HostAccess(AccessRules rules, UserManager users) {
        this.rules = rules;
        this.users = users;
    }

    @Override
    public Refusal refuse(Class<?> resource, Method method) {
        return rules.admits(Caller.current(users), resource, method) ? null : REFUSAL;
    }
}
