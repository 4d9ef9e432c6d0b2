package com.atlassian.jira.security.plugin;

import java.util.Objects;

/** Stand-in for Jira's {@code ProjectPermissionKey}. Partial: the deprecated {@code int} constructor is not copied. */
public final class ProjectPermissionKey {
    private final String key;

    public ProjectPermissionKey(String permissionKey) {
        this.key = Objects.requireNonNull(permissionKey, "permissionKey");
    }

    public String permissionKey() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectPermissionKey && key.equals(((ProjectPermissionKey) other).key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
