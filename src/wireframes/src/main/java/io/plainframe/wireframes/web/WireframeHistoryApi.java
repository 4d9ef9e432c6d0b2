package io.plainframe.wireframes.web;

import io.plainframe.licensing.access.AccessSnapshots;
import io.plainframe.licensing.audit.Actor;
import io.plainframe.licensing.audit.AuditAction;
import io.plainframe.licensing.audit.AuditEvent;
import io.plainframe.licensing.host.AuditSink;
import io.plainframe.licensing.host.ContentPermissions;
import io.plainframe.licensing.host.DateTexts;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.json.Json;
import io.plainframe.licensing.web.ApiResponse;
import io.plainframe.licensing.web.Caller;
import io.plainframe.licensing.web.TextRenderer;
import io.plainframe.wireframes.InvalidWireframeException;
import io.plainframe.wireframes.WireframeFormat;
import io.plainframe.wireframes.store.WireframeDocuments;
import io.plainframe.wireframes.store.WireframeId;
import io.plainframe.wireframes.store.WireframeStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A wireframe's history and its removal (SPEC 6, issue 16): {@code GET /wireframes/{id}/versions} and
 * {@code GET /wireframes/{id}/versions/{version}} for whoever may see the wireframe, {@code DELETE
 * /wireframes/{id}[?version=n]} for whoever may edit it. The checks come first and in the order of
 * {@link WireframesApi} ({@link WireframeChecks}). A version Plainframe is not known to have written (an upload
 * outside it, or one older than the signatures kept) is listed as such and its document is never served as the
 * wireframe's. Restoring a version is an ordinary save of its document over the current version, so it is checked,
 * conflicts and is versioned like any other save. A delete is recorded in Plainframe's audit log with who and which
 * wireframe of which page or issue.
 */
public final class WireframeHistoryApi {

    private static final System.Logger LOG = System.getLogger(WireframeHistoryApi.class.getName());

    private final WireframeChecks checks;
    private final WireframeStore store;
    private final AuditSink audit;
    private final Names names;
    private final DateTexts dates;
    private final Clock clock;

    public WireframeHistoryApi(AccessSnapshots snapshots, ContentPermissions content, WireframeStore store,
                               TextRenderer text, AuditSink audit, Names names,
                               DateTexts dates, Clock clock) {
        this.checks = new WireframeChecks(snapshots, content, store, text);
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.names = Objects.requireNonNull(names, "names");
        this.dates = Objects.requireNonNull(dates, "dates");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A user's name as people read it; the key itself when the host does not know them. */
    @FunctionalInterface
    public interface Names {
        String displayName(String userKey);
    }

    /**
     * {@code {"id", "version", "versions": [{"version", "userKey", "displayName", "at", "atText", "size",
     * "plainframe"}]}}, newest first ({@code userKey}, {@code displayName}, {@code at} and {@code atText} null when
     * the product does not say).
     */
    public ApiResponse versions(Caller caller, String id) {
        Optional<ApiResponse> refused = checks.signedInWithId(caller, id);
        if (refused.isPresent()) {
            return refused.get();
        }
        WireframeId wireframe = new WireframeId(id);
        return checks.hostAnswers(() -> {
            if (checks.visibleOwner(caller, wireframe).isEmpty()) {
                return checks.notFound();
            }
            List<WireframeDocuments.Revision> kept = store.versions(wireframe);
            if (kept.isEmpty()) {
                return checks.notFound();
            }
            Map<String, String> known = new LinkedHashMap<>();
            List<Map<String, Object>> versions = new ArrayList<>();
            for (WireframeDocuments.Revision revision : kept) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("version", revision.version());
                json.put("userKey", revision.userKey());
                json.put("displayName", revision.userKey() == null ? null
                        : known.computeIfAbsent(revision.userKey(), names::displayName));
                json.put("at", revision.at() == null ? null : revision.at().toString());
                json.put("atText", revision.at() == null ? null : DateTexts.bounded(dates, revision.at()));
                json.put("size", revision.size());
                json.put("plainframe", revision.plainframe());
                versions.add(json);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", wireframe.value());
            json.put("version", kept.get(0).version());
            json.put("versions", versions);
            return ApiResponse.ok(json);
        });
    }

    /**
     * {@code {"id", "version", "plainframe", "document"}}: the document of a version Plainframe wrote; for one it is
     * not known to have written, {@code "plainframe": false}, no document and a notice saying why.
     */
    public ApiResponse version(Caller caller, String id, String version) {
        Optional<ApiResponse> refused = checks.signedInWithId(caller, id);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Long> number = positive(version);
        if (number.isEmpty()) {
            return ApiResponse.error(400, "INVALID_FIELD", checks.text().render(Message.of(
                    "plainframe.api.invalid-field", "version", "whole number")));
        }
        WireframeId wireframe = new WireframeId(id);
        return checks.hostAnswers(() -> {
            if (checks.visibleOwner(caller, wireframe).isEmpty()) {
                return checks.notFound();
            }
            Optional<WireframeDocuments.Document> kept = store.version(wireframe, number.get());
            if (kept.isEmpty()) {
                return ApiResponse.error(404, "NOT_FOUND", checks.text().render(Message.of(
                        "plainframe.wireframe.api.version-gone", number.get())));
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", wireframe.value());
            json.put("version", kept.get().version());
            json.put("plainframe", !kept.get().changedOutside());
            if (kept.get().changedOutside()) {
                json.put("document", null);
                json.put("notice", checks.text().render(Message.of("plainframe.wireframe.api.version-outside",
                        kept.get().version())));
                return ApiResponse.ok(json);
            }
            try {
                // Checked again, as a read of the latest is: what was signed once may fail a stricter later check.
                json.put("document", Json.parse(WireframeFormat.write(WireframeFormat.read(kept.get().text()))));
            } catch (InvalidWireframeException e) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("path", e.path());
                details.put("version", kept.get().version());
                return ApiResponse.error(500, "UNREADABLE", checks.text().render(Message.of(
                        "plainframe.wireframe.view.unreadable", e.path())), details);
            }
            return ApiResponse.ok(json);
        });
    }

    /**
     * Deletes the wireframe: every version the product keeps, and its place in its page's or issue's list. With
     * {@code version}, only if that is still the latest (409 otherwise). Answers {@code {"id", "deleted": true,
     * "message"}}.
     */
    public ApiResponse delete(Caller caller, String id, String version) {
        Optional<ApiResponse> refused = checks.signedInWithId(caller, id);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Long> expected = version == null ? Optional.of(0L) : positive(version);
        if (expected.isEmpty()) {
            return ApiResponse.error(400, "INVALID_FIELD", checks.text().render(Message.of(
                    "plainframe.api.invalid-field", "version", "whole number")));
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
            WireframeDocuments.Removal removal = store.delete(wireframe, expected.get(), caller.userKey());
            if (removal == WireframeDocuments.Removal.ABSENT) {
                return checks.notFound();
            }
            if (removal == WireframeDocuments.Removal.STALE) {
                long current = store.load(wireframe).map(stored -> stored.version()).orElse(0L);
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("version", current);
                return ApiResponse.error(409, "CONFLICT", checks.text().render(Message.of(
                        "plainframe.wireframe.api.delete-conflict", expected.get(), current)), details);
            }
            record(new AuditEvent(clock.instant(), Actor.user(caller.userKey(), caller.username()),
                    AuditAction.WIREFRAME_DELETED, wireframe.value(), Message.of("plainframe.audit.wireframe-deleted",
                    caller.username(), wireframe.value(), owner.get())));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", wireframe.value());
            json.put("deleted", true);
            json.put("message", checks.text().render(Message.of("plainframe.wireframe.api.deleted",
                    wireframe.value())));
            return ApiResponse.ok(json);
        });
    }

    /** A version number from a path or query: digits only, at least 1. */
    private static Optional<Long> positive(String text) {
        if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }

    /** The wireframe is deleted: an audit that cannot be written now is logged, never turned into a failed delete. */
    private void record(AuditEvent event) {
        try {
            audit.record(event);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Could not write the audit event " + event.action() + " "
                    + event.subject() + " at " + event.at() + " (" + event.message().key() + " "
                    + event.message().arguments() + "): " + e.getMessage());
        }
    }
}
