package io.plainframe.wireframes.atlassian;

import io.plainframe.licensing.atlassian.PlainframeRuntime;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.host.HostUser;
import io.plainframe.wireframes.store.EditingMarkers;
import io.plainframe.wireframes.store.IndexedWireframeStore;
import io.plainframe.wireframes.store.WireframeDocuments;
import io.plainframe.wireframes.store.WireframeStore;
import io.plainframe.wireframes.web.WireframeEditingApi;
import io.plainframe.wireframes.web.WireframeHistoryApi;
import io.plainframe.wireframes.web.WireframeView;
import io.plainframe.wireframes.web.WireframesApi;
import java.util.Optional;
import java.util.function.Function;

/**
 * The wireframes assembled over a product's runtime the same way in every product: the store (an index in the
 * plugin's settings over the product's documents), the REST logic and the view, all sharing the runtime's access
 * decisions, content permissions and texts.
 */
public final class HostWireframes {

    private final WireframeStore store;
    private final WireframesApi api;
    private final WireframeView view;
    private final WireframeHistoryApi history;
    private final WireframeEditingApi editing;

    /**
     * @param documents where the product keeps the documents
     * @param stableId  from a content id to one that survives moves; empty when the content does not exist
     */
    public HostWireframes(PlainframeRuntime runtime, WireframeDocuments documents,
                          Function<String, Optional<String>> stableId) {
        this.store = new IndexedWireframeStore(runtime.settings(), documents, stableId);
        this.api = new WireframesApi(runtime.snapshots(), runtime.content(), store, runtime.text());
        this.view = new WireframeView(store, runtime.text());
        WireframeHistoryApi.Names names = userKey -> displayName(runtime, userKey);
        this.history = new WireframeHistoryApi(runtime.snapshots(), runtime.content(), store, runtime.text(),
                runtime.audit(), names, runtime.dates(), runtime.clock());
        this.editing = new WireframeEditingApi(runtime.snapshots(), runtime.content(), store, runtime.text(),
                new EditingMarkers(runtime.settings(), runtime.clock()), names, runtime.dates());
    }

    public WireframeEditingApi editing() {
        return editing;
    }

    /** The user's full name; their key when the directory does not know them or cannot answer now. */
    private static String displayName(PlainframeRuntime runtime, String userKey) {
        try {
            return runtime.directory().findByKey(userKey).map(HostUser::displayName).orElse(userKey);
        } catch (HostUnavailableException e) {
            return userKey;
        }
    }

    public WireframeHistoryApi history() {
        return history;
    }

    public WireframeStore store() {
        return store;
    }

    public WireframesApi api() {
        return api;
    }

    public WireframeView view() {
        return view;
    }
}
