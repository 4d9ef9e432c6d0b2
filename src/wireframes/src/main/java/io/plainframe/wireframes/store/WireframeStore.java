package io.plainframe.wireframes.store;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The host's keeping of wireframes; every method may throw the host's {@code HostUnavailableException}. */
public interface WireframeStore {

    /**
     * The page or issue the wireframe belongs to, as its stable id (Confluence: the page id; Jira: the issue id,
     * not its key); empty when no wireframe has that id.
     */
    Optional<String> owner(WireframeId id);

    /**
     * The wireframe a page's or issue's macro named {@code name} shows: {@code name} itself when it belongs to that
     * page or issue, else the page's own wireframe created under that name when {@code name} was taken elsewhere;
     * never another page's or issue's. Empty when the page has none of that name yet.
     */
    Optional<WireframeId> placed(String contentId, WireframeId name);

    /** The wireframe; empty when no wireframe has that id (or its page or issue is gone). */
    Optional<StoredWireframe> load(WireframeId id);

    /**
     * Creates a page's or issue's wireframe named {@code name}: under that id when it is free, else (another page
     * or issue has it: claimed there, or the macro was copied with its page) under a fresh id, recorded for this
     * page and name so its macro finds it.
     *
     * @param userKey who creates it, for the host's history where it keeps one
     * @return its id and first version (1); empty when the page has a wireframe of that name already or the page
     *         or issue does not exist. An id claimed for this page or issue whose document was never written (a
     *         creation that stopped half-way) is finished
     */
    Optional<Created> create(WireframeId name, String contentId, String document, String userKey);

    /**
     * Saves a new version if the stored one is still {@code expectedVersion}.
     *
     * @return the new version; empty, changing nothing, when someone else saved first or it does not exist
     */
    OptionalLong save(WireframeId id, long expectedVersion, String document, String userKey);

    /** The kept versions, newest first (see {@link WireframeDocuments#versions}); empty for an unknown id. */
    List<WireframeDocuments.Revision> versions(WireframeId id);

    /**
     * One kept version; marked {@link WireframeDocuments.Document#changedOutside()} when Plainframe is not known to
     * have written it.
     */
    Optional<WireframeDocuments.Document> version(WireframeId id, long version);

    /**
     * Deletes the wireframe's kept versions (if the latest is still {@code expectedVersion}; 0: any) and takes it off
     * its page's or issue's list. Its id stays its page's or issue's, so the macro that names it draws it anew.
     */
    WireframeDocuments.Removal delete(WireframeId id, long expectedVersion, String userKey);

    /** A page's or issue's wireframes, oldest first. */
    List<StoredWireframe> list(String contentId);

    /**
     * The ids of a page's or issue's wireframes, oldest first, without reading them: a page shows each in its
     * own slot, so one damaged document hides no other.
     */
    List<WireframeId> listedIds(String contentId);

    /**
     * A created wireframe.
     *
     * @param id      its id, which may differ from the name asked for
     * @param version its first version
     */
    record Created(WireframeId id, long version) {
    }
}
