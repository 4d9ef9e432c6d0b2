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
     * An earlier version of the document, where the product keeps its history (Confluence: attachment versions).
     *
     * @return empty when that version is gone or the product keeps no history
     */
    default Optional<Document> readVersion(WireframeId id, String contentId, long version) {
        return Optional.empty();
    }

    /**
     * Writes the document if its version is still {@code expectedVersion} (0: not written yet).
     *
     * @return the new version; empty, changing nothing, when someone else wrote first or the content is gone
     */
    OptionalLong write(WireframeId id, String contentId, long expectedVersion, String document, String userKey);

    /**
     * A stored document.
     *
     * @param text           the JSON document; when changed outside Plainframe, the last one Plainframe wrote, or
     *                       {@code null} when the product cannot give it
     * @param version        its latest version
     * @param changedOutside whether the latest version was written outside Plainframe (an attachment uploaded
     *                       through the product's own screens): it is never shown or saved over as the wireframe
     * @param signedVersion  the latest version Plainframe wrote (0 when unknown)
     */
    record Document(String text, long version, boolean changedOutside, long signedVersion) {

        public Document {
            if (text == null && !changedOutside) {
                throw new IllegalArgumentException("a document Plainframe wrote has its text");
            }
        }

        /** A document as Plainframe wrote it. */
        public Document(String text, long version) {
            this(text, version, false, version);
        }
    }
}
