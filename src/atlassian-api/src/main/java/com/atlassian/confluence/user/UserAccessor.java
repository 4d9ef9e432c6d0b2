package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;
import com.atlassian.user.EntityException;
import com.atlassian.user.User;
import com.atlassian.user.search.page.Pager;
import com.atlassian.user.search.query.Query;
import java.util.List;

/**
 * Stand-in for Confluence's {@code UserAccessor}. Partial and flattened: the real interface extends
 * {@code bucket.user.UserAccessor}, {@code GroupResolver}, {@code GroupMembershipAccessor} and others; here the
 * copied members are declared directly. {@code getGroup} is declared in {@code GroupResolver} and
 * {@code getMemberNames} in {@code GroupMembershipAccessor} in the real API; calls compiled against this copy still
 * link, because {@code invokeinterface UserAccessor.m} resolves methods inherited from super-interfaces.
 */
public interface UserAccessor {
    ConfluenceUser getUserByName(String name);

    ConfluenceUser getUserByKey(UserKey userKey);

    @Deprecated
    boolean isDeactivated(User user);

    @Deprecated
    boolean isDeactivated(String username);

    Group getGroup(String name);

    Pager<String> getMemberNames(Group group);

    List<User> findUsersAsList(Query<User> query) throws EntityException;
}
