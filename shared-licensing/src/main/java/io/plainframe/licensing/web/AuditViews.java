package io.plainframe.licensing.web;

import io.plainframe.licensing.access.AccessSnapshot;
import io.plainframe.licensing.access.AccessSnapshots;
import io.plainframe.licensing.admin.ChangeCode;
import io.plainframe.licensing.admin.ChangeResult;
import io.plainframe.licensing.admin.LicensingService;
import io.plainframe.licensing.audit.AuditEvent;
import io.plainframe.licensing.host.AuditLog;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.host.UserDirectory;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.i18n.Outcome;
import io.plainframe.licensing.seat.SeatMode;
import io.plainframe.licensing.state.Settings;
import io.plainframe.licensing.store.StoredAuditLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The admins' settings (mode and editors group, with the host's groups to pick from) and the audit. */
final class AuditViews {
    static final int DEFAULT_AUDIT = 100;
    /** Groups offered by the editors-group picker at a time. */
    static final int GROUP_SEARCH_LIMIT = 20;

    private final LicensingService service;
    private final AccessSnapshots snapshots;
    private final AuditLog audit;
    private final UserDirectory directory;
    private final TextRenderer text;
    private final ApiSteps steps;

    AuditViews(LicensingService service, AccessSnapshots snapshots, AuditLog audit, UserDirectory directory,
               TextRenderer text, ApiSteps steps) {
        this.service = service;
        this.snapshots = snapshots;
        this.audit = audit;
        this.directory = directory;
        this.text = text;
        this.steps = steps;
    }

    /** {@code GET /settings}: the mode and the editors group. */
    ApiResponse settings(Caller caller) {
        return steps.admin(caller).orElseGet(() -> {
            AccessSnapshot snapshot = snapshots.latest();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("mode", snapshot.state().settings().mode().id());
            json.put("effectiveMode", snapshot.effectiveMode().id());
            json.put("editorsGroup", snapshot.state().settings().editorsGroup());
            json.put("everyoneAllowed", snapshot.license().allowsEveryone());
            return ApiResponse.ok(json);
        });
    }

    /** {@code PUT /settings}: {@code {"mode": "selected"|"everyone", "editorsGroup": ...}}. */
    ApiResponse updateSettings(Caller caller, String body) {
        return steps.admin(caller).orElseGet(() -> steps.withObject(body, json -> {
            Optional<SeatMode> mode = json.get("mode") instanceof String id ? SeatMode.fromId(id) : Optional.empty();
            if (mode.isEmpty()) {
                return steps.badRequest("mode", "\"selected\" or \"everyone\"");
            }
            if (!(json.get("editorsGroup") instanceof String group)) {
                return steps.badRequest("editorsGroup", "string");
            }
            Object confirmed = json.getOrDefault("confirmRemovals", Boolean.FALSE);
            if (!(confirmed instanceof Boolean removalsConfirmed)) {
                return steps.badRequest("confirmRemovals", "true or false");
            }
            ChangeResult result = service.updateSettings(caller.actor(), mode.get(), group, removalsConfirmed);
            return result.isDone() ? settings(caller) : steps.answer(result);
        }));
    }

    /** {@code GET /groups?query=}: the host's groups starting with the query, for the editors-group picker. */
    ApiResponse searchGroups(Caller caller, String query) {
        return steps.admin(caller).orElseGet(() -> {
            String prefix = query == null ? "" : query.strip();
            if (prefix.length() > Settings.MAX_GROUP_LENGTH) {
                return ApiResponse.ok(Map.of("groups", List.of()));
            }
            try {
                return ApiResponse.ok(Map.of("groups", directory.searchGroups(prefix, GROUP_SEARCH_LIMIT)));
            } catch (HostUnavailableException e) {
                return steps.answer(new ChangeResult(Outcome.of(ChangeCode.HOST_UNAVAILABLE,
                        ChangeCode.HOST_UNAVAILABLE.i18nKey()), Map.of()));
            }
        });
    }

    /** {@code GET /audit?limit=}: the latest events, newest first. */
    ApiResponse audit(Caller caller, String limit) {
        return steps.admin(caller).orElseGet(() -> {
            int size = ApiSteps.number(limit, DEFAULT_AUDIT, 1, StoredAuditLog.CAPACITY);
            if (size < 0) {
                return ApiResponse.error(400, "INVALID_PAGE", text.render(Message.of("plainframe.api.invalid-page",
                        StoredAuditLog.CAPACITY)));
            }
            List<Object> events = new ArrayList<>();
            AuditLog.Recent recent = audit.recent(size);
            for (AuditEvent event : recent.events()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("at", event.at().toString());
                json.put("atText", steps.dateText(event.at()));
                json.put("actor", event.actor().username());
                json.put("action", event.action().name());
                json.put("subject", event.subject());
                json.put("message", text.render(event.message()));
                events.add(json);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("events", events);
            json.put("damaged", recent.damaged());
            if (recent.counterDamaged()) {
                json.put("counterDamaged", true);
                json.put("damagedMessage", text.render(Message.of("plainframe.admin.audit.counter-damaged")));
            } else if (recent.damaged() > 0) {
                json.put("damagedMessage", text.render(Message.of("plainframe.admin.audit.damaged",
                        recent.damaged())));
            }
            return ApiResponse.ok(json);
        });
    }
}
