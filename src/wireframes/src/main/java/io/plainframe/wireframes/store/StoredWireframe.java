package io.plainframe.wireframes.store;

import java.util.Objects;

/**
 * A wireframe as stored.
 *
 * @param id        its id
 * @param contentId the page (Confluence page id) or issue (Jira issue key when it was created) it belongs to;
 *                  whoever may see that content may see the wireframe
 * @param version   grows by one with every save; a save names the version it started from
 * @param document  the wireframe's JSON document, as validated when it was saved
 */
public record StoredWireframe(WireframeId id, String contentId, long version, String document) {

    public StoredWireframe {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contentId, "contentId");
        Objects.requireNonNull(document, "document");
    }
}
