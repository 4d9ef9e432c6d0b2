package io.plainframe.licensing.host;

/**
 * What the host lets a user do with the page (Confluence) or issue (Jira) that holds a wireframe.
 * Plainframe never grants more than this; it only takes editing away.
 */
public interface ContentPermissions {

    /** @param userKey the user, or {@code null} for an anonymous visitor */
    boolean mayView(String userKey, String contentId);

    /** @param userKey the user, or {@code null} for an anonymous visitor */
    boolean mayEdit(String userKey, String contentId);
}
