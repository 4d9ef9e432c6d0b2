package io.plainframe.wireframes.web;

import io.plainframe.licensing.access.AccessDecision;
import io.plainframe.licensing.access.AccessSnapshots;
import io.plainframe.licensing.host.ContentPermissions;
import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.web.ApiResponse;
import io.plainframe.licensing.web.Caller;
import io.plainframe.licensing.web.TextRenderer;
import io.plainframe.wireframes.store.WireframeId;
import io.plainframe.wireframes.store.WireframeStore;
import io.plainframe.wireframes.store.WriteRefusedException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The checks every wireframe endpoint makes the same way, in the same order: signed in (401), a well-formed id
 * (400), a wireframe whose page or issue the caller may see (404 otherwise, so nothing about it leaks), and for a
 * change the access decision there (403 with its reason); and how the host's failures are answered (503, or 500
 * for a damaged stored value, never written over).
 */
final class WireframeChecks {

    private static final System.Logger LOG = System.getLogger(WireframeChecks.class.getName());

    private final AccessSnapshots snapshots;
    private final ContentPermissions content;
    private final WireframeStore store;
    private final TextRenderer text;

    WireframeChecks(AccessSnapshots snapshots, ContentPermissions content, WireframeStore store, TextRenderer text) {
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.content = Objects.requireNonNull(content, "content");
        this.store = Objects.requireNonNull(store, "store");
        this.text = Objects.requireNonNull(text, "text");
    }

    TextRenderer text() {
        return text;
    }

    /** 401 for anonymous callers, 400 for an id that is not one; empty when both are fine. */
    Optional<ApiResponse> signedInWithId(Caller caller, String id) {
        if (caller.isAnonymous()) {
            return Optional.of(ApiResponse.error(401, "NOT_SIGNED_IN", text.render(Message.of("plainframe.api.401"))));
        }
        if (WireframeId.parse(id).isEmpty()) {
            return Optional.of(ApiResponse.error(400, "INVALID_ID", text.render(Message.of(
                    "plainframe.wireframe.api.bad-id"))));
        }
        return Optional.empty();
    }

    /** The wireframe's page or issue, when the caller may see it; empty (answer 404) otherwise. */
    Optional<String> visibleOwner(Caller caller, WireframeId id) {
        return store.owner(id).filter(owner -> content.mayView(caller.userKey(), owner));
    }

    /** 403 with the access decision's reason when the caller may not edit there; empty when they may. */
    Optional<ApiResponse> refusedEdit(Caller caller, String contentId) {
        AccessDecision decision = decide(caller, contentId);
        return decision.canEdit() ? Optional.empty() : Optional.of(ApiResponse.error(403, decision.reason().name(),
                text.render(decision.message())));
    }

    AccessDecision decide(Caller caller, String contentId) {
        return snapshots.current().decide(caller.userKey(), true, content.mayEdit(caller.userKey(), contentId));
    }

    ApiResponse notFound() {
        return ApiResponse.error(404, "NOT_FOUND", text.render(Message.of("plainframe.wireframe.api.not-found")));
    }

    ApiResponse hostAnswers(Supplier<ApiResponse> answer) {
        try {
            return answer.get();
        } catch (WriteRefusedException e) {
            return ApiResponse.error(e.status(), e.reason(), text.render(e.explanation()));
        } catch (HostUnavailableException e) {
            return ApiResponse.error(503, "HOST_UNAVAILABLE", text.render(Message.of(
                    "plainframe.wireframe.api.host-unavailable")));
        } catch (CorruptValueException e) {
            // Reported, never replaced (SPEC 7): nothing is written over a damaged value.
            LOG.log(System.Logger.Level.ERROR, "A stored wireframe value is damaged: " + e.getMessage());
            return ApiResponse.error(500, "UNREADABLE", text.render(Message.of(
                    "plainframe.wireframe.api.corrupt", e.key())));
        }
    }
}
