package com.atlassian.confluence.core;

/**
 * Stand-in for Confluence's {@code DefaultSaveContext} (8.7.2: {@code extends AbstractOperationContext
 * <PageUpdateTrigger> implements SaveContext}). Partial: only {@link #MINOR_EDIT}, which the real class builds
 * with {@code suppressNotifications(true)} and without updating the last modifier.
 */
public class DefaultSaveContext implements SaveContext {

    /** A minor change: watchers are not notified. */
    public static final SaveContext MINOR_EDIT = new DefaultSaveContext(true, false);

    private final boolean suppressNotifications;
    private final boolean updateLastModifier;

    /** The real class has a public constructor {@code (boolean, boolean, boolean)}; this one is the stand-in's. */
    DefaultSaveContext(boolean suppressNotifications, boolean updateLastModifier) {
        this.suppressNotifications = suppressNotifications;
        this.updateLastModifier = updateLastModifier;
    }

    @Override
    public boolean isSuppressNotifications() {
        return suppressNotifications;
    }

    @Override
    public boolean doUpdateLastModifier() {
        return updateLastModifier;
    }

    /** The stand-in's own, so the expected signatures can name {@link #MINOR_EDIT}'s value. */
    @Override
    public String toString() {
        return "DefaultSaveContext[suppressNotifications=" + suppressNotifications + ", updateLastModifier="
                + updateLastModifier + "]";
    }
}
