package io.plainframe.wireframes.store;

import io.plainframe.licensing.host.SettingsStore;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** Documents in the plugin's versioned settings, one value per wireframe: its revision is its version. */
public final class SettingsWireframeDocuments implements WireframeDocuments {

    private final SettingsStore settings;

    public SettingsWireframeDocuments(SettingsStore settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Optional<Document> read(WireframeId id, String contentId) {
        return settings.read(key(id)).map(stored -> new Document(stored.value(), stored.revision()));
    }

    @Override
    public OptionalLong write(WireframeId id, String contentId, long expectedVersion, String document,
                              String userKey) {
        return settings.compareAndSet(key(id), expectedVersion, document);
    }

    private static String key(WireframeId id) {
        return "wf.doc." + id.value();
    }
}
