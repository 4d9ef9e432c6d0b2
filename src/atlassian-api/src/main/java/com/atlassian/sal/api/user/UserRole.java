package com.atlassian.sal.api.user;

/** Stand-in for SAL's {@code UserRole}; constant order as in sal-api 5.1.4. */
public enum UserRole {
    USER,
    ADMIN,
    SYSADMIN
}
