package io.plainframe.wireframes.store;

import io.plainframe.licensing.host.SettingsStore;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Documents in the plugin's versioned settings, one value per wireframe: its revision is its version. Settings keep
 * no history, so only the latest version is listed; settings cannot be removed either, so a delete leaves an empty
 * value (read as no document), and a creation after it goes on from that revision.
 */
public final class SettingsWireframeDocuments implements WireframeDocuments {

    private static final String DELETED = "";

    private final SettingsStore settings;

    public SettingsWireframeDocuments(SettingsStore settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Optional<Document> read(WireframeId id, String contentId) {
        return settings.read(key(id)).filter(stored -> !DELETED.equals(stored.value()))
                .map(stored -> new Document(stored.value(), stored.revision()));
    }

    /** The latest version alone: settings keep no history. */
    @Override
    public Optional<Document> readVersion(WireframeId id, String contentId, long version) {
        return read(id, contentId).filter(latest -> latest.version() == version);
    }

    @Override
    public OptionalLong write(WireframeId id, String contentId, long expectedVersion, String document,
                              String userKey) {
        if (expectedVersion == 0) {
            Optional<SettingsStore.Versioned> deleted = settings.read(key(id))
                    .filter(stored -> DELETED.equals(stored.value()));
            if (deleted.isPresent()) {
                return settings.compareAndSet(key(id), deleted.get().revision(), document);
            }
        }
        return settings.compareAndSet(key(id), expectedVersion, document);
    }

    @Override
    public List<Revision> versions(WireframeId id, String contentId) {
        return read(id, contentId).map(latest -> List.of(new Revision(latest.version(), null, null,
                latest.text().getBytes(StandardCharsets.UTF_8).length, false))).orElse(List.of());
    }

    @Override
    public Removal delete(WireframeId id, String contentId, long expectedVersion, String userKey) {
        Optional<Document> latest = read(id, contentId);
        if (latest.isEmpty()) {
            return Removal.ABSENT;
        }
        if (expectedVersion > 0 && latest.get().version() != expectedVersion) {
            return Removal.STALE;
        }
        return settings.compareAndSet(key(id), latest.get().version(), DELETED).isPresent() ? Removal.DELETED
                : Removal.STALE;
    }

    private static String key(WireframeId id) {
        return "wf.doc." + id.value();
    }
}
