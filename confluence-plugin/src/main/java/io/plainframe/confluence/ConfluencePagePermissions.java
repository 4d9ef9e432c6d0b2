package io.plainframe.confluence;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import io.plainframe.licensing.host.ContentPermissions;
import java.util.Objects;
import java.util.Optional;

/**
 * What Confluence lets a user do with a page or blog post, identified by its content id. Plainframe never
 * grants more than Confluence does; an unknown page is neither viewable nor editable.
 */
public final class ConfluencePagePermissions implements ContentPermissions {

    private final ConfluencePages pages;
    private final PermissionManager permissions;
    private final UserAccessor users;

    public ConfluencePagePermissions(PageManager pages, PermissionManager permissions, UserAccessor users) {
        this.pages = new ConfluencePages(pages);
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public boolean mayView(String userKey, String contentId) {
        return allows(userKey, contentId, Permission.VIEW);
    }

    @Override
    public boolean mayEdit(String userKey, String contentId) {
        return allows(userKey, contentId, Permission.EDIT);
    }

    private boolean allows(String userKey, String contentId, Permission permission) {
        Optional<AbstractPage> page = pages.page(contentId);
        if (page.isEmpty()) {
            return false;
        }
        ConfluenceUser user = userKey == null ? null : users.getUserByKey(new UserKey(userKey));
        if (userKey != null && user == null) {
            return false;
        }
        return permissions.hasPermission(user, permission, page.get());
    }
}
