package com.atlassian.confluence.security;

import com.atlassian.user.User;

/**
 * Stand-in for Confluence's {@code PermissionManager}. Partial: only the two {@code hasPermission} overloads,
 * {@code hasCreatePermission(User, Object, Class)} and the target constants are copied (the real interface also
 * carries Spring's {@code @Transactional}).
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

    /**
     * Whether {@code user} may create an object of {@code typeToCreate} in {@code container}; for
     * {@code Attachment.class} in a page, Confluence 8.7.2's {@code AttachmentPermissionsDelegate.canCreate} asks
     * for view permission, the page's edit restriction and the space's {@code CREATEATTACHMENT} permission.
     */
    boolean hasCreatePermission(User user, Object container, Class<?> typeToCreate);
}
