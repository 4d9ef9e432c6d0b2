package com.atlassian.confluence.security;

import com.atlassian.user.User;

/**
 * Stand-in for Confluence's {@code PermissionManager}. Partial: only the two {@code hasPermission} overloads and
 * the target constants are copied (the real interface also carries Spring's {@code @Transactional}).
 */
public interface PermissionManager {
    Object TARGET_APPLICATION = "APPLICATION";
    Object TARGET_SYSTEM = "SYSTEM";
    Object TARGET_PEOPLE_DIRECTORY = "PEOPLEDIRECTORY";

    /** Whether {@code user} (null: anonymous) holds {@code permission} on {@code target}. */
    boolean hasPermission(User user, Permission permission, Object target);

    /** The target type is a raw {@code Class} in the real API too. */
    @SuppressWarnings("rawtypes")
    boolean hasPermission(User user, Permission permission, Class targetType);
}
