package io.plainframe.wireframes.web;

import io.plainframe.licensing.access.AccessSnapshots;
import io.plainframe.licensing.host.ContentPermissions;
import io.plainframe.licensing.host.DateTexts;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.web.ApiResponse;
import io.plainframe.licensing.web.Caller;
import io.plainframe.licensing.web.TextRenderer;
import io.plainframe.wireframes.store.EditingMarkers;
import io.plainframe.wireframes.store.WireframeId;
import io.plainframe.wireframes.store.WireframeStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code PUT /wireframes/{id}/editing} (an open editor's heartbeat, answered with who else has the wireframe open)
 * and {@code DELETE /wireframes/{id}/editing} (the editor closed), issue 16. Only who may edit the wireframe sets a
 * marker, after the checks of every wireframe endpoint ({@link WireframeChecks}); anyone who may see it may remove
 * their own. Names are the host's display names; user keys are not shown to others.
 */
public final class WireframeEditingApi {

    private final WireframeChecks checks;
    private final EditingMarkers markers;
    private final WireframeHistoryApi.Names names;
    private final DateTexts dates;

    public WireframeEditingApi(AccessSnapshots snapshots, ContentPermissions content, WireframeStore store,
                               TextRenderer text, EditingMarkers markers, WireframeHistoryApi.Names names,
                               DateTexts dates) {
        this.checks = new WireframeChecks(snapshots, content, store, text);
        this.markers = Objects.requireNonNull(markers, "markers");
        this.names = Objects.requireNonNull(names, "names");
        this.dates = Objects.requireNonNull(dates, "dates");
    }

    /**
     * {@code {"id", "heartbeatSeconds", "expirySeconds", "others": [{"displayName", "since", "sinceText"}],
     * "message"}}; the message is {@code null} when nobody else has it open.
     */
    public ApiResponse heartbeat(Caller caller, String id) {
        Optional<ApiResponse> refused = checks.signedInWithId(caller, id);
        if (refused.isPresent()) {
            return refused.get();
        }
        WireframeId wireframe = new WireframeId(id);
        return checks.hostAnswers(() -> {
            Optional<String> owner = checks.visibleOwner(caller, wireframe);
            if (owner.isEmpty()) {
                return checks.notFound();
            }
            Optional<ApiResponse> mayNot = checks.refusedEdit(caller, owner.get());
            if (mayNot.isPresent()) {
                return mayNot.get();
            }
            List<EditingMarkers.Marker> others = markers.heartbeat(wireframe, caller.userKey());
            List<Map<String, Object>> listed = new ArrayList<>();
            for (EditingMarkers.Marker other : others) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("displayName", names.displayName(other.userKey()));
                json.put("since", other.since().toString());
                json.put("sinceText", DateTexts.bounded(dates, other.since()));
                listed.add(json);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", wireframe.value());
            json.put("heartbeatSeconds", EditingMarkers.HEARTBEAT.toSeconds());
            json.put("expirySeconds", EditingMarkers.EXPIRY.toSeconds());
            json.put("others", listed);
            json.put("message", listed.isEmpty() ? null : checks.text().render(listed.size() == 1
                    ? Message.of("plainframe.wireframe.api.editing-one", (String) listed.get(0).get("displayName"))
                    : Message.of("plainframe.wireframe.api.editing-many", (String) listed.get(0).get("displayName"),
                    listed.size() - 1)));
            return ApiResponse.ok(json);
        });
    }

    /** Removes the caller's marker: {@code {"id"}}. */
    public ApiResponse left(Caller caller, String id) {
        Optional<ApiResponse> refused = checks.signedInWithId(caller, id);
        if (refused.isPresent()) {
            return refused.get();
        }
        WireframeId wireframe = new WireframeId(id);
        return checks.hostAnswers(() -> {
            if (checks.visibleOwner(caller, wireframe).isEmpty()) {
                return checks.notFound();
            }
            markers.left(wireframe, caller.userKey());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", wireframe.value());
            return ApiResponse.ok(json);
        });
    }
}
