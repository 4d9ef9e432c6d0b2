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

/**
 * What Confluence lets a user do with a page or blog post, identified by its content id. Plainframe never
 * grants more than Confluence does; an unknown page is neither viewable nor editable.
 */
public final class ConfluencePagePermissions implements ContentPermissions {

    private final PageManager pages;
    private final PermissionManager permissions;
    private final UserAccessor users;

    public ConfluencePagePermissions(PageManager pages, PermissionManager permissions, UserAccessor users) {
        this.pages = Objects.requireNonNull(pages, "pages");
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

    @SuppressWarnings("deprecation")
    private boolean allows(String userKey, String contentId, Permission permission) {
        long id;
        try {
            id = Long.parseLong(contentId);
        } catch (NumberFormatException e) {
            return false;
        }
        AbstractPage page = pages.getAbstractPage(id);
        if (page == null) {
            return false;
        }
        ConfluenceUser user = userKey == null ? null : users.getUserByKey(new UserKey(userKey));
        if (userKey != null && user == null) {
            return false;
        }
        return permissions.hasPermission(user, permission, page);
    }
}
