package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/** Stand-in for SAL's {@code UserKey}: a value object around the user key string. */
public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String value;

    public UserKey(String userkey) {
        this.value = Objects.requireNonNull(userkey, "userkey");
    }

    public String getStringValue() {
        return value;
    }

    public static UserKey fromLong(long userId) {
        return new UserKey(Long.toString(userId));
    }

    @Override
    public String toString() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserKey && value.equals(((UserKey) other).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
