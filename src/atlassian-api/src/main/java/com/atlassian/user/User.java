package com.atlassian.user;

import java.security.Principal;

/** Stand-in for atlassian-user's {@code User}. */
public interface User extends Entity, Principal {
    String getFullName();

    String getEmail();
}
