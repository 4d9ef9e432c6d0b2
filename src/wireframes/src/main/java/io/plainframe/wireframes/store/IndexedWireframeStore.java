package io.plainframe.wireframes.store;

import io.plainframe.licensing.host.SettingsStore;
import io.plainframe.licensing.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Wireframes by id: which page or issue each belongs to ({@code wf.owner.<id>}, claimed by compare-and-set, so
 * an id is taken once per product) and each page's or issue's list ({@code wf.list.<stable id>}), both in the
 * plugin's versioned settings; the documents themselves wherever the product keeps them.
 */
public final class IndexedWireframeStore implements WireframeStore {

    private static final int LIST_ATTEMPTS = 10;

    private final SettingsStore settings;
    private final WireframeDocuments documents;
    private final Function<String, Optional<String>> stableId;

    /**
     * @param settings  the plugin's versioned settings
     * @param documents where the documents are kept
     * @param stableId  from a content id to an id that survives moves (Jira: the id, as keys change when
     *                  an issue moves to another project); empty when the page or issue does not exist
     */
    public IndexedWireframeStore(SettingsStore settings, WireframeDocuments documents,
                                 Function<String, Optional<String>> stableId) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.stableId = Objects.requireNonNull(stableId, "stableId");
    }

    @Override
    public Optional<String> owner(WireframeId id) {
        return settings.read(ownerKey(id)).map(SettingsStore.Versioned::value);
    }

    @Override
    public Optional<StoredWireframe> load(WireframeId id) {
        return owner(id).flatMap(owner -> documents.read(id, owner)
                .map(document -> new StoredWireframe(id, owner, document.version(), document.text(),
                        document.changedOutside(), document.signedVersion())));
    }

    @Override
    public OptionalLong create(WireframeId id, String contentId, String document, String userKey) {
        Optional<String> stable = stableId.apply(contentId);
        if (stable.isEmpty()) {
            return OptionalLong.empty();
        }
        Optional<SettingsStore.Versioned> owner = settings.read(ownerKey(id));
        if (owner.isPresent() && !owner.get().value().equals(contentId)) {
            return OptionalLong.empty();
        }
        // An owner without a document is a creation that stopped half-way: finish it.
        if (owner.isEmpty() && settings.compareAndSet(ownerKey(id), 0, contentId).isEmpty()) {
            return OptionalLong.empty();
        }
        OptionalLong created = documents.write(id, contentId, 0, document, userKey);
        if (created.isPresent()) {
            listed(stable.get(), id);
        }
        return created;
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
    public List<StoredWireframe> list(String contentId) {
        List<StoredWireframe> wireframes = new ArrayList<>();
        for (WireframeId id : stableId.apply(contentId).map(this::ids).orElse(List.of())) {
            load(id).ifPresent(wireframes::add);
        }
        return wireframes;
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

    private static String listKey(String stable) {
        return "wf.list." + stable;
    }
}
