package io.plainframe.wireframes.store;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The host's keeping of wireframes; every method may throw the host's {@code HostUnavailableException}. */
public interface WireframeStore {

    /** The page or issue the wireframe belongs to; empty when no wireframe has that id. */
    Optional<String> owner(WireframeId id);

    /** The wireframe; empty when no wireframe has that id (or its page or issue is gone). */
    Optional<StoredWireframe> load(WireframeId id);

    /**
     * Creates a wireframe on a page or issue.
     *
     * @param userKey who creates it, for the host's history where it keeps one
     * @return its first version (1); empty when the id is taken or the page or issue does not exist. An id
     *         claimed for this page or issue whose document was never written (a creation that stopped half-way)
     *         is finished; one that has a document already (a page copied with its attachment) answers empty
     *         and is the page's from then on
     */
    OptionalLong create(WireframeId id, String contentId, String document, String userKey);

    /**
     * Saves a new version if the stored one is still {@code expectedVersion}.
     *
     * @return the new version; empty, changing nothing, when someone else saved first or it does not exist
     */
    OptionalLong save(WireframeId id, long expectedVersion, String document, String userKey);

    /** A page's or issue's wireframes, oldest first. */
    List<StoredWireframe> list(String contentId);
}
