package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/**
 * Stand-in for Confluence's {@code ConfluenceUser}. Partial: the real interface also extends the internal
 * {@code RelatableEntity} marker and has a {@code default getLowerName()}; neither is copied.
 */
public interface ConfluenceUser extends User {
    UserKey getKey();
}
