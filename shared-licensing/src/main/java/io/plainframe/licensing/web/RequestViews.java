package io.plainframe.licensing.web;

import io.plainframe.licensing.access.AccessDecision;
import io.plainframe.licensing.access.AccessReason;
import io.plainframe.licensing.access.AccessSnapshot;
import io.plainframe.licensing.access.AccessSnapshots;
import io.plainframe.licensing.access.GoverningLicense;
import io.plainframe.licensing.access.LicenseSource;
import io.plainframe.licensing.admin.LicensingService;
import io.plainframe.licensing.host.ContentPermissions;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.seat.SeatAllocation;
import io.plainframe.licensing.seat.SeatRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What any signed-in user sees and asks for ({@code /status}, asking for a seat), and the admins' list of
 * seat requests with approve and dismiss.
 */
final class RequestViews {

    private final LicensingService service;
    private final AccessSnapshots snapshots;
    private final ContentPermissions content;
    private final TextRenderer text;
    private final ProductInfo info;
    private final ApiSteps steps;

    RequestViews(LicensingService service, AccessSnapshots snapshots, ContentPermissions content, TextRenderer text,
                 ProductInfo info, ApiSteps steps) {
        this.service = service;
        this.snapshots = snapshots;
        this.content = content;
        this.text = text;
        this.info = info;
        this.steps = steps;
    }

    /** {@code GET /status}: the plugin, its license, and what the caller may do (on a page or issue, if named). */
    ApiResponse status(Caller caller, String contentId) {
        return steps.signedIn(caller).orElseGet(() -> {
            AccessSnapshot snapshot = snapshots.current();
            boolean mayView = contentId == null || content.mayView(caller.userKey(), contentId);
            boolean mayEdit = contentId == null || content.mayEdit(caller.userKey(), contentId);
            AccessDecision decision = snapshot.decide(caller.userKey(), mayView, mayEdit);
            GoverningLicense license = snapshot.license();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("product", info.product().id());
            json.put("pluginVersion", info.pluginVersion());
            json.put("buildDate", info.buildDate().date().toString());
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("source", license.source().name());
            state.put("valid", license.valid());
            state.put("message", text.render(license.status()));
            json.put("license", state);
            Map<String, Object> me = new LinkedHashMap<>();
            me.put("canView", decision.canView());
            me.put("canEdit", decision.canEdit());
            me.put("reason", decision.reason().name());
            // Without a page or issue the answer is about the caller's seat, not about "this wireframe".
            me.put("message", text.render(contentId == null && !decision.reason().aboutContent()
                    ? Message.of(decision.reason().seatI18nKey(), decision.message().arguments().toArray())
                    : decision.message()));
            boolean requested = snapshot.state().pendingRequestOf(caller.userKey()).isPresent();
            me.put("seatRequested", requested);
            // Offered only to viewers who hold no seat under a license that has seats to give: not without a
            // license, not to editors already waiting for one, not twice.
            me.put("canRequestSeat", decision.reason() == AccessReason.NO_SEAT && !requested);
            json.put("me", me);
            if (caller.admin()) {
                // Admins, and only admins, see what needs their attention wherever they read wireframes.
                List<Object> warnings = new ArrayList<>();
                if (!license.valid()) {
                    warnings.add(steps.outcome(license.reason()));
                }
                warnings.addAll(steps.warnings(license));
                json.put("warnings", warnings);
            }
            return ApiResponse.ok(json);
        });
    }

    /** {@code POST /seat-requests}: the caller asks for an editor seat. */
    ApiResponse requestSeat(Caller caller, String body) {
        return steps.signedIn(caller).orElseGet(() -> steps.withObject(body, json -> {
            Object note = json.getOrDefault("note", "");
            if (note != null && !(note instanceof String)) {
                return steps.badRequest("note", "string");
            }
            return steps.answer(service.requestSeat(caller.actor(), (String) note));
        }));
    }

    /** {@code GET /seat-requests}: pending requests, oldest first. */
    ApiResponse seatRequests(Caller caller) {
        return steps.admin(caller).orElseGet(() -> {
            List<Object> requests = new ArrayList<>();
            for (SeatRequest request : snapshots.latest().state().requests()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("id", request.id());
                json.put("userKey", request.userKey());
                json.put("username", request.username());
                json.put("displayName", request.displayName());
                json.put("note", request.note());
                json.put("requestedAt", request.requestedAt().toString());
                json.put("requestedAtText", steps.dateText(request.requestedAt()));
                requests.add(json);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("requests", requests);
            // Approving assigns a seat: with none free, the admin page disables Approve and says why.
            AccessSnapshot snapshot = snapshots.latest();
            SeatAllocation allocation = snapshot.allocation();
            boolean free = allocation.free() > 0;
            json.put("canApprove", free);
            json.put("approveBlocked", free ? null : text.render(snapshot.license().source() == LicenseSource.NONE
                    ? Message.of("plainframe.admin.requests.no-license")
                    : Message.of("plainframe.admin.requests.no-free-seat", allocation.used(), allocation.seats())));
            return ApiResponse.ok(json);
        });
    }

    /** {@code POST /seat-requests/{id}/approve}. */
    ApiResponse approveRequest(Caller caller, String id) {
        return steps.admin(caller).orElseGet(() -> steps.answer(service.approveRequest(caller.actor(), id)));
    }

    /** {@code POST /seat-requests/{id}/dismiss}. */
    ApiResponse dismissRequest(Caller caller, String id) {
        return steps.admin(caller).orElseGet(() -> steps.answer(service.dismissRequest(caller.actor(), id)));
    }
}
