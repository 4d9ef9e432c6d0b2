package io.plainframe.wireframes.store;

import io.plainframe.licensing.host.SettingsStore;
import io.plainframe.licensing.json.Json;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Wireframes by id: which page or issue each belongs to ({@code wf.owner.<id>}: its stable id, claimed by
 * compare-and-set), each page's or issue's list ({@code wf.list.<stable id>}), and where a page's macro names an
 * id another page took first, the page's own wireframe of that name ({@code wf.place.<stable id>.<name>}), all in
 * the plugin's versioned settings; the documents themselves wherever the product keeps them. Owners recorded by
 * an older build under another id of the same content (a Jira issue's key) are rewritten to the stable id when
 * read.
 */
public final class IndexedWireframeStore implements WireframeStore {

    private static final int LIST_ATTEMPTS = 10;
    private static final String SUFFIX_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int SUFFIX_LENGTH = 6;

    private final SettingsStore settings;
    private final WireframeDocuments documents;
    private final Function<String, Optional<String>> stableId;
    private final RandomGenerator random;

    /**
     * @param settings  the plugin's versioned settings
     * @param documents where the documents are kept
     * @param stableId  from a content id to an id that survives moves, in one canonical form (Jira: the issue's
     *                  id, as keys change when an issue moves to another project); empty when the page or issue
     *                  does not exist
     * @param random    for the fresh ids of wireframes whose name another page took
     */
    public IndexedWireframeStore(SettingsStore settings, WireframeDocuments documents,
                                 Function<String, Optional<String>> stableId, RandomGenerator random) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.stableId = Objects.requireNonNull(stableId, "stableId");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** As above, with fresh ids from a {@link SecureRandom}. */
    public IndexedWireframeStore(SettingsStore settings, WireframeDocuments documents,
                                 Function<String, Optional<String>> stableId) {
        this(settings, documents, stableId, new SecureRandom());
    }

    @Override
    public Optional<String> owner(WireframeId id) {
        for (int attempt = 0; attempt < LIST_ATTEMPTS; attempt++) {
            Optional<SettingsStore.Versioned> stored = settings.read(ownerKey(id));
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            String owner = stored.get().value();
            Optional<String> stable = stableId.apply(owner);
            if (stable.isEmpty() || stable.get().equals(owner)) {
                return Optional.of(owner);
            }
            if (settings.compareAndSet(ownerKey(id), stored.get().revision(), stable.get()).isPresent()) {
                return stable;
            }
        }
        throw new IllegalStateException("the owner of " + id + " kept changing");
    }

    @Override
    public Optional<WireframeId> placed(String contentId, WireframeId name) {
        return stableId.apply(contentId).flatMap(stable -> placedOn(stable, name));
    }

    private Optional<WireframeId> placedOn(String stable, WireframeId name) {
        if (owner(name).filter(stable::equals).isPresent()) {
            return Optional.of(name);
        }
        return settings.read(placeKey(stable, name)).flatMap(stored -> WireframeId.parse(stored.value()))
                .filter(id -> owner(id).filter(stable::equals).isPresent());
    }

    @Override
    public Optional<StoredWireframe> load(WireframeId id) {
        return owner(id).flatMap(owner -> documents.read(id, owner)
                .map(document -> new StoredWireframe(id, owner, document.version(), document.text(),
                        document.changedOutside(), document.signedVersion())));
    }

    @Override
    public Optional<Created> create(WireframeId name, String contentId, String document, String userKey) {
        Optional<String> stable = stableId.apply(contentId);
        if (stable.isEmpty()) {
            return Optional.empty();
        }
        WireframeId id = claim(stable.get(), name);
        // An owner without a document is a creation that stopped half-way: this finishes it.
        OptionalLong created = documents.write(id, stable.get(), 0, document, userKey);
        if (created.isEmpty()) {
            // A version is there: another creation's, or one that stopped before listing it, listed now so that
            // the drawing shows and the caller, told of the conflict, sees it (unless a delete took it meanwhile).
            if (documents.read(id, stable.get()).isPresent()) {
                listed(stable.get(), id);
            }
            return Optional.empty();
        }
        listed(stable.get(), id);
        return Optional.of(new Created(id, created.getAsLong()));
    }

    /** The id the content's wireframe of this name has or gets: the name when free, else a fresh id of its own. */
    private WireframeId claim(String stable, WireframeId name) {
        Optional<WireframeId> placed = placedOn(stable, name);
        if (placed.isPresent()) {
            return placed.get();
        }
        if (settings.compareAndSet(ownerKey(name), 0, stable).isPresent()) {
            return name;
        }
        // Another creation on this same page may have taken the name since we looked: then it is the page's.
        Optional<WireframeId> takenHere = placedOn(stable, name);
        if (takenHere.isPresent()) {
            return takenHere.get();
        }
        for (int attempt = 0; attempt < LIST_ATTEMPTS; attempt++) {
            WireframeId fresh = fresh(name);
            if (settings.compareAndSet(ownerKey(fresh), 0, stable).isEmpty()) {
                continue;
            }
            if (settings.compareAndSet(placeKey(stable, name), 0, fresh.value()).isPresent()) {
                return fresh;
            }
            // Another editor of the page created it meanwhile: theirs is the page's (the fresh id stays unused).
            return placedOn(stable, name).orElseThrow(() -> new IllegalStateException("the wireframe " + name
                    + " of " + stable + " is recorded under an id it does not own"));
        }
        throw new IllegalStateException("no fresh id found for " + name);
    }

    /** The name with a random suffix, within an id's 40 characters. */
    private WireframeId fresh(WireframeId name) {
        StringBuilder id = new StringBuilder(name.value().substring(0, Math.min(name.value().length(),
                40 - SUFFIX_LENGTH - 1))).append('-');
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            id.append(SUFFIX_CHARACTERS.charAt(random.nextInt(SUFFIX_CHARACTERS.length())));
        }
        return new WireframeId(id.toString());
    }

    @Override
    public OptionalLong save(WireframeId id, long expectedVersion, String document, String userKey) {
        if (expectedVersion < 1) {
            return OptionalLong.empty();
        }
        Optional<String> owner = owner(id);
        if (owner.isEmpty()) {
            return OptionalLong.empty();
        }
        OptionalLong saved = documents.write(id, owner.get(), expectedVersion, document, userKey);
        // Lists a wireframe whose creation stopped before listing it (cheap: one read when listed).
        saved.ifPresent(version -> stableId.apply(owner.get()).ifPresent(stable -> listed(stable, id)));
        return saved;
    }

    @Override
    public List<WireframeDocuments.Revision> versions(WireframeId id) {
        return owner(id).map(owner -> documents.versions(id, owner)).orElse(List.of());
    }

    @Override
    public Optional<WireframeDocuments.Document> version(WireframeId id, long version) {
        return owner(id).flatMap(owner -> documents.readVersion(id, owner, version));
    }

    /** The documents go first: a delete that stops half-way leaves a listed id without a document, which shows as
     * a wireframe not drawn yet, as after a creation that stopped. */
    @Override
    public WireframeDocuments.Removal delete(WireframeId id, long expectedVersion, String userKey) {
        Optional<String> owner = owner(id);
        if (owner.isEmpty()) {
            return WireframeDocuments.Removal.ABSENT;
        }
        WireframeDocuments.Removal removal = documents.delete(id, owner.get(), expectedVersion, userKey);
        if (removal == WireframeDocuments.Removal.DELETED) {
            stableId.apply(owner.get()).ifPresent(stable -> unlisted(stable, id));
        }
        return removal;
    }

    @Override
    public List<StoredWireframe> list(String contentId) {
        List<StoredWireframe> wireframes = new ArrayList<>();
        for (WireframeId id : listedIds(contentId)) {
            load(id).ifPresent(wireframes::add);
        }
        return wireframes;
    }

    @Override
    public List<WireframeId> listedIds(String contentId) {
        return stableId.apply(contentId).map(this::ids).orElse(List.of());
    }

    private List<WireframeId> ids(String stable) {
        return settings.read(listKey(stable)).map(stored -> parseIds(stored.value())).orElse(List.of());
    }

    /** Adds an id to the content's list, retrying when another creation changed the list meanwhile. */
    private void listed(String stable, WireframeId id) {
        for (int attempt = 0; attempt < LIST_ATTEMPTS; attempt++) {
            Optional<SettingsStore.Versioned> current = settings.read(listKey(stable));
            List<String> ids = new ArrayList<>();
            current.ifPresent(stored -> parseIds(stored.value()).forEach(known -> ids.add(known.value())));
            if (ids.contains(id.value())) {
                return;
            }
            ids.add(id.value());
            if (settings.compareAndSet(listKey(stable), current.map(SettingsStore.Versioned::revision).orElse(0L),
                    Json.write(ids)).isPresent()) {
                return;
            }
        }
        throw new IllegalStateException("the list of wireframes of " + stable + " kept changing");
    }

    /** Takes an id off the content's list, retrying when another change of the list came first. */
    private void unlisted(String stable, WireframeId id) {
        for (int attempt = 0; attempt < LIST_ATTEMPTS; attempt++) {
            Optional<SettingsStore.Versioned> current = settings.read(listKey(stable));
            if (current.isEmpty()) {
                return;
            }
            List<String> ids = new ArrayList<>();
            parseIds(current.get().value()).forEach(known -> ids.add(known.value()));
            if (!ids.remove(id.value())) {
                return;
            }
            if (settings.compareAndSet(listKey(stable), current.get().revision(), Json.write(ids)).isPresent()) {
                return;
            }
        }
        throw new IllegalStateException("the list of wireframes of " + stable + " kept changing");
    }

    private static List<WireframeId> parseIds(String json) {
        List<WireframeId> ids = new ArrayList<>();
        if (Json.parse(json) instanceof List<?> list) {
            for (Object id : list) {
                if (id instanceof String text) {
                    WireframeId.parse(text).ifPresent(ids::add);
                }
            }
        }
        return ids;
    }

    private static String ownerKey(WireframeId id) {
        return "wf.owner." + id.value();
    }

    private static String placeKey(String stable, WireframeId name) {
        return "wf.place." + stable + "." + name.value();
    }

    private static String listKey(String stable) {
        return "wf.list." + stable;
    }
}
