package io.plainframe.wireframes.store;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where a product keeps the documents themselves, next to their page or issue: Confluence as page attachments
 * (so they move, copy and version with the page), Jira in the plugin's settings. The versions start at 1 and
 * grow by one with every write.
 */
public interface WireframeDocuments {

    /** The document and its version; empty when never written. */
    Optional<Document> read(WireframeId id, String contentId);

    /**
     * Writes the document if its version is still {@code expectedVersion} (0: not written yet).
     *
     * @return the new version; empty, changing nothing, when someone else wrote first or the content is gone
     */
    OptionalLong write(WireframeId id, String contentId, long expectedVersion, String document, String userKey);

    /**
     * A stored document.
     *
     * @param text    the JSON document
     * @param version its version
     */
    record Document(String text, long version) {
    }
}
