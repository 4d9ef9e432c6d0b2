package io.plainframe.wireframes.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where a product keeps the documents themselves, next to their page or issue: Confluence as page attachments
 * (so they move, copy and version with the page), Jira in the plugin's settings. The versions start at 1 and
 * grow by one with every write.
 */
public interface WireframeDocuments {

    /** The most versions a history lists, newest first (Confluence keeps every attachment version). */
    int MAX_LISTED_VERSIONS = 50;

    /** The document and its version; empty when never written. */
    Optional<Document> read(WireframeId id, String contentId);

    /**
     * An earlier version of the document, where the product keeps its history (Confluence: attachment versions).
     * Through {@link SignedWireframeDocuments}, a version Plainframe is not known to have written is marked
     * {@link Document#changedOutside()}; below that, no version is.
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
     * The versions the product still keeps, newest first, at most {@link #MAX_LISTED_VERSIONS}; empty when never
     * written. Through {@link SignedWireframeDocuments} each says whether Plainframe wrote it; below that, none does.
     */
    List<Revision> versions(WireframeId id, String contentId);

    /**
     * Deletes every kept version of the document if its latest version is still {@code expectedVersion} (0: whatever
     * it is), with what the product asks of the user for a save.
     *
     * @return what was found
     */
    Removal delete(WireframeId id, String contentId, long expectedVersion, String userKey);

    /** What a delete found. */
    enum Removal {
        /** Every kept version is gone. */
        DELETED,
        /** There was no document. */
        ABSENT,
        /** The latest version is not the one named: nothing was deleted. */
        STALE
    }

    /**
     * One kept version, as the product's history tells it.
     *
     * @param version   its number
     * @param userKey   who wrote it, as the product records it ({@code null} when it does not)
     * @param at        when ({@code null} when the product does not say)
     * @param size      its length in bytes
     * @param plainframe whether Plainframe is known to have written it (its signature checks); {@code false} for an
     *                  upload outside Plainframe, a version older than the signatures kept, or below the signing
     */
    record Revision(long version, String userKey, Instant at, long size, boolean plainframe) {

        public Revision {
            if (version < 1 || size < 0) {
                throw new IllegalArgumentException("version " + version + ", size " + size);
            }
        }

        /** The same version, with whether Plainframe wrote it. */
        public Revision checked(boolean signed) {
            return new Revision(version, userKey, at, size, signed);
        }
    }

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
