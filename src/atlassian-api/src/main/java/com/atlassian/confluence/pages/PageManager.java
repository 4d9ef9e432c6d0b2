package com.atlassian.confluence.pages;

/**
 * Stand-in for Confluence's {@code PageManager}. Partial: only {@code getAbstractPage(long)}, which is
 * {@code @Deprecated} in 8.7.2 (as are {@code getPage(long)}, {@code getBlogPost(long)} and
 * {@code ContentEntityManager.getById(long)}); the real interface extends {@code ContentEntityManager}.
 */
public interface PageManager {
    /** The page or blog post with this content id, or {@code null}. */
    @Deprecated
    AbstractPage getAbstractPage(long id);
}
