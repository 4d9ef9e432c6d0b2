package com.atlassian.confluence.security;

import java.io.Serializable;
import java.util.Locale;

/**
 * Stand-in for Confluence's {@code Permission}: an abstract class with a private constructor and one constant per
 * permission, not an enum. Partial: {@code checkAgainst(PermissionDelegate, User, Object)} is not copied.
 */
public abstract class Permission implements Serializable {
    public static final Permission VIEW = new Permission("VIEW") {
        @Override
        public boolean isMutative() {
            return false;
        }
    };
    public static final Permission EDIT = new Permission("EDIT") {
        @Override
        public boolean isMutative() {
            return true;
        }
    };
    public static final Permission SET_PERMISSIONS = new Permission("SET_PERMISSIONS") {
        @Override
        public boolean isMutative() {
            return true;
        }
    };
    public static final Permission REMOVE = new Permission("REMOVE") {
        @Override
        public boolean isMutative() {
            return true;
        }
    };
    public static final Permission EXPORT = new Permission("EXPORT") {
        @Override
        public boolean isMutative() {
            return false;
        }
    };
    public static final Permission ADMINISTER = new Permission("ADMINISTER") {
        @Override
        public boolean isMutative() {
            return false;
        }
    };

    private final String name;

    private Permission(String name) {
        this.name = name;
    }

    /** The constant with this name, ignoring case; {@link IllegalArgumentException} when there is none. */
    public static Permission forName(String permissionName) {
        String wanted = permissionName.toUpperCase(Locale.ENGLISH);
        for (Permission permission : new Permission[] {VIEW, EDIT, SET_PERMISSIONS, REMOVE, EXPORT, ADMINISTER}) {
            if (permission.name.equals(wanted)) {
                return permission;
            }
        }
        throw new IllegalArgumentException("Permission not found with name: " + permissionName);
    }

    @Override
    public String toString() {
        return name;
    }

    /** Identity, as in the real class. */
    @Override
    public final boolean equals(Object other) {
        return this == other;
    }

    @Override
    public final int hashCode() {
        return System.identityHashCode(this);
    }

    public abstract boolean isMutative();
}
