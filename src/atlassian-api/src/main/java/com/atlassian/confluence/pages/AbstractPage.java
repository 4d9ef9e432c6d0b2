package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;

/**
 * Stand-in for Confluence's {@code AbstractPage} (the parent of {@code Page} and {@code BlogPost}). Partial and
 * flattened: the real class extends {@code SpaceContentEntityObject}, which extends {@link ContentEntityObject};
 * nothing of its own is copied. Enough to pass a page to {@code PermissionManager.hasPermission} as the target.
 */
public abstract class AbstractPage extends ContentEntityObject {
    public AbstractPage() {
        super();
    }
}
