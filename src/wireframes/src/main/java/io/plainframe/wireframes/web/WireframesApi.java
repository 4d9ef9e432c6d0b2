package io.plainframe.wireframes.web;

import io.plainframe.licensing.access.AccessDecision;
import io.plainframe.licensing.access.AccessSnapshots;
import io.plainframe.licensing.host.ContentPermissions;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.json.Json;
import io.plainframe.licensing.json.JsonException;
import io.plainframe.licensing.web.ApiResponse;
import io.plainframe.licensing.web.Caller;
import io.plainframe.licensing.web.TextRenderer;
import io.plainframe.wireframes.InvalidWireframeException;
import io.plainframe.wireframes.Wireframe;
import io.plainframe.wireframes.WireframeFormat;
import io.plainframe.wireframes.store.StoredWireframe;
import io.plainframe.wireframes.store.WireframeId;
import io.plainframe.wireframes.store.WireframeStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * {@code GET /wireframes/{id}} and {@code PUT /wireframes/{id}} (SPEC 6 and 8). Checks, in order: signed in
 * (401), a well-formed id (400), the host lets the caller see the wireframe's page or issue (404 otherwise, so
 * nothing about it leaks), and for a save: the access decision allows editing there (403 with its reason), the
 * document is a wireframe (400 with the JSON path of the first problem, 413 when too large), and the version
 * read is still the stored one (409). Nothing is stored unless every check passes. (A body too large to read
 * at all is answered 413 by the resource before any of this, for signed-in callers.) A stored document that
 * fails its check when read, or a damaged stored value, is reported (500 {@code UNREADABLE}), never served.
 * A latest version written outside Plainframe (an attachment uploaded by hand) is never served as the wireframe:
 * a read answers {@code "changedOutside": true} with that version and the last document Plainframe wrote (or
 * none), and a save on top of it is refused (409 {@code CHANGED_OUTSIDE}) unless it says
 * {@code "replaceOutsideChange": true}; only an editor the access decision allows gets that far.
 *
 * <p>A wireframe on a page or issue the caller may not see is, to them, not there at all, so a save tells it
 * apart from a free id by nothing: an update of either is 404; a creation ({@code "version": 0}) is always on
 * the page or issue the request names and is checked there alone (404 if they may not see it, 403 if they may
 * not edit it), and the store gives it an id of its own when the name is taken. (404 for both rather than 403
 * or 200 for both: an update needs an existing wireframe the caller may see, and a creation never depends on
 * the taken id, so legitimate saves are unaffected.) That a name is taken may show only in the id a creation
 * gets back, never which page or issue took it or what it holds.
 */
public final class WireframesApi {

    private final ContentPermissions content;
    private final WireframeStore store;
    private final TextRenderer text;
    private final WireframeChecks checks;

    public WireframesApi(AccessSnapshots snapshots, ContentPermissions content, WireframeStore store,
                         TextRenderer text) {
        this.content = Objects.requireNonNull(content, "content");
        this.store = Objects.requireNonNull(store, "store");
        this.text = Objects.requireNonNull(text, "text");
        this.checks = new WireframeChecks(snapshots, content, store, text);
    }

    /** {@code {"id", "version", "document", "contentId", "canEdit", "reason", "message"}}. */
    public ApiResponse get(Caller caller, String id) {
        Optional<ApiResponse> refused = signedInWithId(caller, id);
        if (refused.isPresent()) {
            return refused.get();
        }
        WireframeId wireframe = new WireframeId(id);
        return hostAnswers(() -> {
            Optional<String> owner = store.owner(wireframe);
            if (owner.isEmpty() || !content.mayView(caller.userKey(), owner.get())) {
                return notFound();
            }
            Optional<StoredWireframe> stored = store.load(wireframe);
            if (stored.isEmpty()) {
                return notFound();
            }
            Wireframe checked = null;
            if (stored.get().document() != null) {
                try {
                    // Checked again: what was signed once may fail a stricter check of a later build.
                    checked = WireframeFormat.read(stored.get().document());
                } catch (InvalidWireframeException e) {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("path", e.path());
                    details.put("version", stored.get().version());
                    return ApiResponse.error(500, "UNREADABLE", text.render(Message.of(
                            "plainframe.wireframe.view.unreadable", e.path())), details);
                }
            }
            AccessDecision decision = decide(caller, stored.get().contentId());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", wireframe.value());
            json.put("version", stored.get().version());
            json.put("document", checked == null ? null : Json.parse(WireframeFormat.write(checked)));
            if (stored.get().changedOutside()) {
                // The version is the outside one, which a save replacing it names; the document is Plainframe's.
                json.put("changedOutside", true);
                json.put("signedVersion", stored.get().signedVersion());
                json.put("notice", changedOutside(stored.get()));
            }
            json.put("contentId", stored.get().contentId());
            json.put("canEdit", decision.canEdit());
            json.put("reason", decision.reason().name());
            json.put("message", text.render(decision.message()));
            return ApiResponse.ok(json);
        });
    }

    /**
     * Saves {@code {"version": n, "document": {...}}} as version n + 1; {@code {"version": 0, "document": {...},
     * "contentId": "..."}} creates the wireframe on that page or issue. Answers {@code {"id", "version",
     * "message"}}.
     */
    public ApiResponse save(Caller caller, String id, String body) {
        Optional<ApiResponse> refused = signedInWithId(caller, id);
        if (refused.isPresent()) {
            return refused.get();
        }
        WireframeId wireframe = new WireframeId(id);
        Object parsed;
        try {
            parsed = Json.parse(body == null ? "" : body);
        } catch (JsonException e) {
            parsed = e;
        }
        Object envelope = parsed;
        boolean update = envelope instanceof Map<?, ?> map && map.get("version") instanceof Long version
                && version > 0;
        Optional<String> asked = envelope instanceof Map<?, ?> map && map.get("contentId") instanceof String contentId
                ? Optional.of(contentId) : Optional.empty();
        return hostAnswers(() -> {
            // The owner as the caller sees it: one they may not see answers as if the id were free.
            Optional<String> owner = store.owner(wireframe).filter(found -> content.mayView(caller.userKey(), found));
            if (update && owner.isEmpty()) {
                return notFound();
            }
            // A creation is on the page or issue named; the store gives it its own id if the name is taken.
            Optional<String> target = update ? owner : asked.or(() -> owner);
            if (target.isEmpty()) {
                return envelopeProblem(envelope).orElseGet(() -> ApiResponse.error(400, "INVALID_FIELD",
                        text.render(Message.of("plainframe.wireframe.api.no-content"))));
            }
            if (!content.mayView(caller.userKey(), target.get())) {
                return notFound();
            }
            Optional<String> reserved = wireframe.reservedFor();
            if (reserved.isPresent() && !reserved.get().equals(target.get())) {
                return ApiResponse.error(400, "INVALID_ID", text.render(Message.of(
                        "plainframe.wireframe.api.reserved", wireframe.value(), reserved.get())));
            }
            AccessDecision decision = decide(caller, target.get());
            if (!decision.canEdit()) {
                return ApiResponse.error(403, decision.reason().name(), text.render(decision.message()));
            }
            Optional<ApiResponse> problem = envelopeProblem(envelope);
            if (problem.isPresent()) {
                return problem.get();
            }
            Map<?, ?> request = (Map<?, ?>) envelope;
            Wireframe checked;
            try {
                checked = WireframeFormat.read(Json.write(request.get("document")));
            } catch (InvalidWireframeException e) {
                return invalid(e);
            }
            long version = (Long) request.get("version");
            String document = WireframeFormat.write(checked);
            if (version > 0) {
                Optional<StoredWireframe> current = store.load(wireframe);
                if (current.isPresent() && current.get().changedOutside()
                        && !Boolean.TRUE.equals(request.get("replaceOutsideChange"))) {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("version", current.get().version());
                    details.put("signedVersion", current.get().signedVersion());
                    return ApiResponse.error(409, "CHANGED_OUTSIDE", changedOutside(current.get()), details);
                }
                if (unchanged(current, version, document)) {
                    // SPEC 6: saving what is stored makes no version (an editor's Save pressed twice, a heartbeat).
                    return saved(wireframe, version, "plainframe.wireframe.api.unchanged");
                }
            }
            Optional<WireframeStore.Created> saved = version == 0
                    ? store.create(wireframe, target.get(), document, caller.userKey())
                    : ofVersion(wireframe, store.save(wireframe, version, document, caller.userKey()));
            if (saved.isEmpty()) {
                return conflict(version == 0 ? store.placed(target.get(), wireframe) : Optional.of(wireframe),
                        version);
            }
            return saved(saved.get().id(), saved.get().version(), "plainframe.wireframe.api.saved");
        });
    }

    private ApiResponse saved(WireframeId id, long version, String messageKey) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id.value());
        json.put("version", version);
        json.put("message", text.render(Message.of(messageKey, version)));
        return ApiResponse.ok(json);
    }

    /**
     * Whether the save names the stored version and brings exactly its document (both written by
     * {@link WireframeFormat#write}, so equal wireframes are equal text). A save from an older version is never
     * "unchanged": it goes on to its conflict.
     */
    static boolean unchanged(Optional<StoredWireframe> current, long version, String document) {
        return current.isPresent() && !current.get().changedOutside() && current.get().version() == version
                && document.equals(current.get().document());
    }

    /** The answer to a request body too large to read at all (413). */
    public ApiResponse tooLarge() {
        return ApiResponse.error(413, "TOO_LARGE", text.render(Message.of("plainframe.wireframe.too-large",
                WireframeFormat.MAX_BYTES / 1024)));
    }

    /** The answer to a request body that is not UTF-8 (400): refused, never repaired. */
    public ApiResponse notUtf8() {
        return ApiResponse.error(400, "INVALID_ENCODING", text.render(Message.of("plainframe.api.not-utf8")));
    }

    private Optional<ApiResponse> signedInWithId(Caller caller, String id) {
        return checks.signedInWithId(caller, id);
    }

    /** What is wrong with the request's shape (not its document), if anything. */
    private Optional<ApiResponse> envelopeProblem(Object envelope) {
        if (envelope instanceof JsonException e) {
            return Optional.of(ApiResponse.error(400, "INVALID_JSON", text.render(Message.of(
                    "plainframe.api.invalid-json", e.getMessage()))));
        }
        if (!(envelope instanceof Map<?, ?> map)) {
            return Optional.of(ApiResponse.error(400, "INVALID_JSON", text.render(Message.of(
                    "plainframe.api.not-an-object"))));
        }
        if (!(map.get("version") instanceof Long version) || version < 0) {
            return Optional.of(ApiResponse.error(400, "INVALID_FIELD", text.render(Message.of(
                    "plainframe.api.invalid-field", "version", "whole number"))));
        }
        if (!map.containsKey("document")) {
            return Optional.of(ApiResponse.error(400, "INVALID_FIELD", text.render(Message.of(
                    "plainframe.api.invalid-field", "document", "object"))));
        }
        return Optional.empty();
    }

    private ApiResponse invalid(InvalidWireframeException e) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("path", e.path().replaceFirst("^\\$", "\\$.document"));
        boolean tooLarge = e.problem() == InvalidWireframeException.Problem.TOO_LARGE;
        return ApiResponse.error(tooLarge ? 413 : 400, tooLarge ? "TOO_LARGE" : "INVALID_WIREFRAME",
                text.render(e.text()), details);
    }

    private static Optional<WireframeStore.Created> ofVersion(WireframeId id, OptionalLong version) {
        return version.isPresent() ? Optional.of(new WireframeStore.Created(id, version.getAsLong()))
                : Optional.empty();
    }

    /** A conflict with the wireframe the caller may see: the one saved, or the one the page has of that name. */
    private ApiResponse conflict(Optional<WireframeId> wireframe, long version) {
        long current = wireframe.flatMap(store::load).map(StoredWireframe::version).orElse(0L);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", current);
        Message message = version == 0 ? Message.of("plainframe.wireframe.api.taken", current)
                : Message.of("plainframe.wireframe.api.conflict", version, current);
        return ApiResponse.error(409, "CONFLICT", text.render(message), details);
    }

    private String changedOutside(StoredWireframe stored) {
        return text.render(stored.document() != null ? Message.of("plainframe.wireframe.api.changed-outside",
                stored.version(), stored.signedVersion()) : Message.of(
                "plainframe.wireframe.api.changed-outside-no-history", stored.version()));
    }

    private ApiResponse notFound() {
        return checks.notFound();
    }

    private AccessDecision decide(Caller caller, String contentId) {
        return checks.decide(caller, contentId);
    }

    private ApiResponse hostAnswers(Supplier<ApiResponse> answer) {
        return checks.hostAnswers(answer);
    }
}
