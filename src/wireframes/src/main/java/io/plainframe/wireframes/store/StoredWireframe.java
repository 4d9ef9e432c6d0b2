package io.plainframe.wireframes.store;

import java.util.Objects;

/**
 * A wireframe as stored.
 *
 * @param id        its id
 * @param contentId the page (Confluence page id) or issue (Jira issue id) it belongs to, by its stable id;
 *                  whoever may see that content may see the wireframe
 * @param version   grows by one with every save; a save names the version it started from
 * @param document  the wireframe's JSON document, as validated when it was saved; when changed outside
 *                  Plainframe, the last version Plainframe wrote, or {@code null} when the product cannot give it
 * @param changedOutside whether the latest version ({@code version}) was written outside Plainframe
 * @param signedVersion  the latest version Plainframe wrote (0 when unknown)
 */
public record StoredWireframe(WireframeId id, String contentId, long version, String document,
                              boolean changedOutside, long signedVersion) {

    public StoredWireframe {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contentId, "contentId");
        if (document == null && !changedOutside) {
            throw new IllegalArgumentException("a wireframe Plainframe wrote has its document");
        }
    }

    /** A wireframe as Plainframe wrote it. */
    public StoredWireframe(WireframeId id, String contentId, long version, String document) {
        this(id, contentId, version, document, false, version);
    }
}
