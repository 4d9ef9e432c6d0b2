package com.atlassian.crowd.model.user;

import java.security.Principal;

/**
 * Stand-in for Crowd's {@code User}. Partial and flattened: extends {@link Principal} ({@code getName()}); the
 * super-interfaces {@code DirectoryEntity} and {@code com.atlassian.crowd.embedded.api.User} and its own
 * {@code getFirstName}, {@code getLastName}, {@code getExternalId} are left out.
 */
public interface User extends Principal {
}
