package com.atlassian.jira.user;

import java.security.Principal;

/**
 * Stand-in for Jira's {@code ApplicationUser}. Partial and flattened: the real interface extends
 * {@code Principal}, {@code WithId} and {@code WithKey} (and {@code Serializable} in 10.x); {@code getId()} is
 * declared in {@code WithId} there and directly here.
 */
public interface ApplicationUser extends Principal {
    String getKey();

    String getUsername();

    /** Synonym of {@link #getUsername()} and the {@link Principal} name. */
    @Override
    String getName();

    long getDirectoryId();

    boolean isActive();

    String getEmailAddress();

    String getDisplayName();

    Long getId();
}
