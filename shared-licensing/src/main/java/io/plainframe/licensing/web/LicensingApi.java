package io.plainframe.licensing.web;

import io.plainframe.licensing.access.AccessDecision;
import io.plainframe.licensing.access.AccessSnapshot;
import io.plainframe.licensing.access.AccessSnapshots;
import io.plainframe.licensing.access.GoverningLicense;
import io.plainframe.licensing.access.LicenseSource;
import io.plainframe.licensing.admin.ChangeCode;
import io.plainframe.licensing.admin.ChangeResult;
import io.plainframe.licensing.admin.LicensePreview;
import io.plainframe.licensing.admin.LicensingService;
import io.plainframe.licensing.audit.AuditEvent;
import io.plainframe.licensing.check.LicenseCheck;
import io.plainframe.licensing.check.LicenseWarning;
import io.plainframe.licensing.host.AuditLog;
import io.plainframe.licensing.host.ContentPermissions;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.host.HostUser;
import io.plainframe.licensing.host.MarketplaceLicense;
import io.plainframe.licensing.host.UserDirectory;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.i18n.Outcome;
import io.plainframe.licensing.key.License;
import io.plainframe.licensing.seat.Editor;
import io.plainframe.licensing.seat.EditorState;
import io.plainframe.licensing.seat.SeatAllocation;
import io.plainframe.licensing.seat.SeatMode;
import io.plainframe.licensing.seat.SeatRequest;
import io.plainframe.licensing.store.StoredAuditLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every endpoint of SPEC 6 except wireframes. Each method checks who is calling before doing anything
 * (anonymous 401, non-admin 403 where admins only may call), reads only what it needs, and answers with the
 * status and the error body of SPEC 6. {@code GET}s never change anything.
 */
public final class LicensingApi {

    /** Request bodies above this are refused with 413 before being read further. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 1000;
    static final int DEFAULT_AUDIT = 100;
    static final int USER_SEARCH_LIMIT = 20;
    static final List<String> CSV_COLUMNS = List.of("username", "displayName", "email", "source", "state",
            "seatedAt");

    private final LicensingService service;
    private final AccessSnapshots snapshots;
    private final AuditLog audit;
    private final UserDirectory directory;
    private final ContentPermissions content;
    private final TextRenderer text;
    private final ProductInfo info;
    private final ApiSteps steps;
    /** The admin page's searches, ready for the allocation they were made on. */
    private volatile Searchable lastSearched;

    public LicensingApi(LicensingService service, AccessSnapshots snapshots, AuditLog audit, UserDirectory directory,
                        ContentPermissions content, TextRenderer text, ProductInfo info) {
        this.service = Objects.requireNonNull(service, "service");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.content = Objects.requireNonNull(content, "content");
        this.text = Objects.requireNonNull(text, "text");
        this.info = Objects.requireNonNull(info, "info");
        this.steps = new ApiSteps(text);
    }

    // Any signed-in user ---------------------------------------------------------------------------------------

    /** {@code GET /status}: the plugin, its license, and what the caller may do (on a page or issue, if named). */
    public ApiResponse status(Caller caller, String contentId) {
        return signedIn(caller).orElseGet(() -> {
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
            me.put("seatRequested", snapshot.state().pendingRequestOf(caller.userKey()).isPresent());
            json.put("me", me);
            if (caller.admin()) {
                // Admins, and only admins, see what needs their attention wherever they read wireframes.
                List<Object> warnings = new ArrayList<>();
                if (!license.valid()) {
                    warnings.add(outcome(license.reason()));
                }
                warnings.addAll(warnings(license));
                json.put("warnings", warnings);
            }
            return ApiResponse.ok(json);
        });
    }

    /** {@code POST /seat-requests}: the caller asks for an editor seat. */
    public ApiResponse requestSeat(Caller caller, String body) {
        return signedIn(caller).orElseGet(() -> withObject(body, json -> {
            Object note = json.getOrDefault("note", "");
            if (note != null && !(note instanceof String)) {
                return badRequest("note", "string");
            }
            return answer(service.requestSeat(caller.actor(), (String) note));
        }));
    }

    // Admins: license -----------------------------------------------------------------------------------------

    /** {@code GET /license}: the governing license with its reason, the other source, warnings, seats. */
    public ApiResponse license(Caller caller) {
        return admin(caller).orElseGet(() -> {
            // The admin page checks the stored state in full on every view, so damage shows here at once.
            snapshots.verify();
            AccessSnapshot snapshot = snapshots.latest();
            GoverningLicense license = snapshot.license();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("source", license.source().name());
            json.put("valid", license.valid());
            json.put("reason", outcome(license.reason()));
            json.put("message", text.render(license.status()));
            json.put("governing", describe(license, license.source()));
            json.put("vendorKey", license.vendor().map(this::describe).orElse(null));
            json.put("marketplace", license.marketplace().map(this::describe).orElse(null));
            json.put("warnings", warnings(license));
            json.put("seats", seats(snapshot.allocation()));
            json.put("everyoneAllowed", license.allowsEveryone());
            json.put("maintenanceEnd", license.maintenanceEnd() == null ? null : license.maintenanceEnd().toString());
            json.put("buildDate", info.buildDate().date().toString());
            json.put("buildDateAssumed", info.buildDate().assumed());
            json.put("pluginVersion", info.pluginVersion());
            json.put("serverId", info.serverId());
            snapshots.storageProblem().ifPresent(problem -> json.put("storageProblem", problem));
            return ApiResponse.ok(json);
        });
    }

    /** {@code POST /license/preview}: what a key would do, without applying it. */
    public ApiResponse previewLicense(Caller caller, String body) {
        return admin(caller).orElseGet(() -> withKey(body, key -> {
            LicensePreview preview = service.preview(key);
            Map<String, Object> json = new LinkedHashMap<>(describe(preview.check()));
            json.put("wouldGovern", preview.wouldGovern());
            json.put("reason", outcome(preview.reason()));
            json.put("currentEditors", preview.editors());
            json.put("waitingAfter", preview.waitingAfter());
            json.put("editorsFit", preview.editorsFit());
            json.put("coversThisBuild", preview.check().decoded()
                    .map(l -> l.covers(info.buildDate().date())).orElse(false));
            return ApiResponse.ok(json);
        }));
    }

    /** {@code PUT /license}: validates and applies a vendor key; 400 with the validation code when invalid. */
    public ApiResponse applyLicense(Caller caller, String body) {
        return admin(caller).orElseGet(() -> withKey(body, key -> {
            ChangeResult result = service.applyVendorKey(caller.actor(), key);
            if (result.code() == ChangeCode.INVALID_LICENSE) {
                return ApiResponse.error(400, (String) result.details().get("licenseCode"),
                        text.render(result.message()));
            }
            return result.isDone() ? license(caller) : answer(result);
        }));
    }

    /** {@code DELETE /license}: removes the vendor key. */
    public ApiResponse removeLicense(Caller caller) {
        return admin(caller).orElseGet(() -> answer(service.removeVendorKey(caller.actor())));
    }

    // Admins: editors -----------------------------------------------------------------------------------------

    /** {@code GET /editors}: the seat meter and one page of editors, filtered by a query and a state. */
    public ApiResponse editors(Caller caller, String query, String state, String start, String limit) {
        return admin(caller).orElseGet(() -> {
            Optional<EditorState> wanted;
            try {
                wanted = state == null || state.isBlank() ? Optional.empty()
                        : Optional.of(EditorState.valueOf(state.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return ApiResponse.error(400, "INVALID_STATE", text.render(Message.of("plainframe.api.invalid-state",
                        state)));
            }
            int first = number(start, 0, 0, Integer.MAX_VALUE);
            int size = number(limit, DEFAULT_PAGE, 1, MAX_PAGE);
            if (first < 0 || size < 0) {
                return ApiResponse.error(400, "INVALID_PAGE", text.render(Message.of("plainframe.api.invalid-page",
                        MAX_PAGE)));
            }
            AccessSnapshot snapshot = snapshots.latest();
            SeatAllocation allocation = snapshot.allocation();
            String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
            List<Object> page = new ArrayList<>();
            int total = 0;
            List<Editor> editors = allocation.roster().editors();
            String[] searchable = needle.isEmpty() ? null : searchable(allocation);
            for (int i = 0; i < editors.size(); i++) {
                Editor editor = editors.get(i);
                EditorState editorState = allocation.stateAt(i);
                if (wanted.isPresent() && wanted.get() != editorState
                        || searchable != null && !searchable[i].contains(needle)) {
                    continue;
                }
                if (total >= first && page.size() < size) {
                    page.add(editor(editor, editorState));
                }
                total++;
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("seats", seats(allocation));
            json.put("total", total);
            json.put("start", first);
            json.put("limit", size);
            json.put("editors", page);
            return ApiResponse.ok(json);
        });
    }

    /** {@code POST /editors}: adds direct editors, all or nothing. */
    public ApiResponse addEditors(Caller caller, String body) {
        return admin(caller).orElseGet(() -> withObject(body, json -> {
            if (!(json.get("usernames") instanceof List<?> names)
                    || names.stream().anyMatch(name -> !(name instanceof String))) {
                return badRequest("usernames", "list of strings");
            }
            List<String> usernames = new ArrayList<>();
            names.forEach(name -> usernames.add((String) name));
            return answer(service.addEditors(caller.actor(), usernames));
        }));
    }

    /** {@code DELETE /editors/{username}}: removes a direct editor. */
    public ApiResponse removeEditor(Caller caller, String username) {
        return admin(caller).orElseGet(() -> answer(service.removeEditors(caller.actor(), List.of(username))));
    }

    /** {@code GET /editors.csv}: every editor, protected against formula injection. */
    public ApiResponse exportEditors(Caller caller) {
        return admin(caller).orElseGet(() -> {
            SeatAllocation allocation = snapshots.latest().allocation();
            StringBuilder csv = new StringBuilder(Csv.row(CSV_COLUMNS));
            List<Editor> editors = allocation.roster().editors();
            for (int i = 0; i < editors.size(); i++) {
                Editor editor = editors.get(i);
                csv.append(Csv.row(List.of(editor.username(), editor.displayName(),
                        editor.email() == null ? "" : editor.email(), editor.direct() ? "DIRECT" : "GROUP",
                        allocation.stateAt(i).name(), editor.seatedSince().toString())));
            }
            return new ApiResponse(200, ApiResponse.CSV, csv.toString(), "plainframe-editors.csv");
        });
    }

    /**
     * {@code POST /editors/import}: CSV with a header row naming a {@code username} column (the export's
     * format works); adds the usernames as direct editors, all or nothing.
     */
    public ApiResponse importEditors(Caller caller, String body) {
        return admin(caller).orElseGet(() -> {
            if (body == null || body.isBlank()) {
                return ApiResponse.error(400, "INVALID_CSV", text.render(Message.of("plainframe.api.csv.empty")));
            }
            List<List<String>> rows;
            try {
                rows = Csv.parse(body);
            } catch (IllegalArgumentException e) {
                return ApiResponse.error(400, "INVALID_CSV", text.render(Message.of("plainframe.api.csv.quote",
                        e.getMessage())));
            }
            int column = rows.isEmpty() ? -1 : rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList().indexOf("username");
            if (column < 0) {
                return ApiResponse.error(400, "INVALID_CSV", text.render(Message.of("plainframe.api.csv.header")));
            }
            List<String> usernames = new ArrayList<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                if (row.size() > column && !row.get(column).isBlank()) {
                    String name = row.get(column).strip();
                    usernames.add(name.startsWith("'") ? name.substring(1) : name);
                }
            }
            return answer(service.addEditors(caller.actor(), usernames));
        });
    }

    /** {@code GET /users?query=}: the host's users for the add-editor picker, with their editor state. */
    public ApiResponse searchUsers(Caller caller, String query) {
        return admin(caller).orElseGet(() -> {
            if (query == null || query.isBlank()) {
                return ApiResponse.ok(Map.of("users", List.of()));
            }
            List<HostUser> users;
            try {
                users = directory.search(query.strip(), USER_SEARCH_LIMIT);
            } catch (HostUnavailableException e) {
                return answer(new ChangeResult(Outcome.of(ChangeCode.HOST_UNAVAILABLE,
                        ChangeCode.HOST_UNAVAILABLE.i18nKey()), Map.of()));
            }
            SeatAllocation allocation = snapshots.latest().allocation();
            List<Object> found = new ArrayList<>();
            for (HostUser user : users) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("userKey", user.userKey());
                json.put("username", user.username());
                json.put("displayName", user.displayName());
                json.put("email", user.email());
                json.put("active", user.active());
                EditorState state = allocation.stateOf(user.userKey());
                json.put("state", state == null ? null : state.name());
                found.add(json);
            }
            return ApiResponse.ok(Map.of("users", found));
        });
    }

    // Admins: settings, audit, requests -----------------------------------------------------------------------

    /** {@code GET /settings}: the mode and the editors group. */
    public ApiResponse settings(Caller caller) {
        return admin(caller).orElseGet(() -> {
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
    public ApiResponse updateSettings(Caller caller, String body) {
        return admin(caller).orElseGet(() -> withObject(body, json -> {
            Optional<SeatMode> mode = json.get("mode") instanceof String id ? SeatMode.fromId(id) : Optional.empty();
            if (mode.isEmpty()) {
                return badRequest("mode", "\"selected\" or \"everyone\"");
            }
            if (!(json.get("editorsGroup") instanceof String group)) {
                return badRequest("editorsGroup", "string");
            }
            ChangeResult result = service.updateSettings(caller.actor(), mode.get(), group);
            return result.isDone() ? settings(caller) : answer(result);
        }));
    }

    /** {@code GET /audit?limit=}: the latest events, newest first. */
    public ApiResponse audit(Caller caller, String limit) {
        return admin(caller).orElseGet(() -> {
            int size = number(limit, DEFAULT_AUDIT, 1, StoredAuditLog.CAPACITY);
            if (size < 0) {
                return ApiResponse.error(400, "INVALID_PAGE", text.render(Message.of("plainframe.api.invalid-page",
                        StoredAuditLog.CAPACITY)));
            }
            List<Object> events = new ArrayList<>();
            AuditLog.Recent recent = audit.recent(size);
            for (AuditEvent event : recent.events()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("at", event.at().toString());
                json.put("actor", event.actor().username());
                json.put("action", event.action().name());
                json.put("subject", event.subject());
                json.put("message", text.render(event.message()));
                events.add(json);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("events", events);
            json.put("damaged", recent.damaged());
            if (recent.damaged() > 0) {
                json.put("damagedMessage", text.render(Message.of("plainframe.admin.audit.damaged",
                        recent.damaged())));
            }
            return ApiResponse.ok(json);
        });
    }

    /** {@code GET /seat-requests}: pending requests, oldest first. */
    public ApiResponse seatRequests(Caller caller) {
        return admin(caller).orElseGet(() -> {
            List<Object> requests = new ArrayList<>();
            for (SeatRequest request : snapshots.latest().state().requests()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("id", request.id());
                json.put("userKey", request.userKey());
                json.put("username", request.username());
                json.put("displayName", request.displayName());
                json.put("note", request.note());
                json.put("requestedAt", request.requestedAt().toString());
                requests.add(json);
            }
            return ApiResponse.ok(Map.of("requests", requests));
        });
    }

    /** {@code POST /seat-requests/{id}/approve}. */
    public ApiResponse approveRequest(Caller caller, String id) {
        return admin(caller).orElseGet(() -> answer(service.approveRequest(caller.actor(), id)));
    }

    /** {@code POST /seat-requests/{id}/dismiss}. */
    public ApiResponse dismissRequest(Caller caller, String id) {
        return admin(caller).orElseGet(() -> answer(service.dismissRequest(caller.actor(), id)));
    }

    /** The answer to a request body that is too large to read (413). */
    public ApiResponse tooLarge() {
        return ApiResponse.error(413, "TOO_LARGE", text.render(Message.of("plainframe.api.too-large",
                MAX_BODY_BYTES / 1024)));
    }

    /** The answer to a request body that is not UTF-8 (400): refused, never repaired. */
    public ApiResponse notUtf8() {
        return ApiResponse.error(400, "INVALID_ENCODING", text.render(Message.of("plainframe.api.not-utf8")));
    }

    // Shared steps --------------------------------------------------------------------------------------------

    private Optional<ApiResponse> signedIn(Caller caller) {
        return steps.signedIn(caller);
    }

    private Optional<ApiResponse> admin(Caller caller) {
        return steps.admin(caller);
    }

    private ApiResponse answer(ChangeResult result) {
        return steps.answer(result);
    }

    private ApiResponse withObject(String body, Function<Map<String, Object>, ApiResponse> then) {
        return steps.withObject(body, then);
    }

    private ApiResponse withKey(String body, Function<String, ApiResponse> then) {
        return withObject(body, json -> json.get("key") instanceof String key ? then.apply(key)
                : badRequest("key", "string"));
    }

    private ApiResponse badRequest(String field, String expected) {
        return steps.badRequest(field, expected);
    }

    /** The number in the text, the default when there is none, -1 when it is not a number in range. */
    private static int number(String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            return number < min || number > max ? -1 : number;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Each editor's username, name and email, lower-cased, for the allocation last searched: lower-casing every
     * editor's fields on every search made a search at 10,000 editors 2.8 times slower than at 100.
     */
    private String[] searchable(SeatAllocation allocation) {
        Searchable last = lastSearched;
        if (last != null && last.allocation() == allocation) {
            return last.texts();
        }
        List<Editor> editors = allocation.roster().editors();
        String[] texts = new String[editors.size()];
        for (int i = 0; i < texts.length; i++) {
            Editor editor = editors.get(i);
            // NUL between the fields, so that no search matches across two of them.
            texts[i] = (editor.username() + '\0' + editor.displayName() + '\0'
                    + (editor.email() == null ? "" : editor.email())).toLowerCase(Locale.ROOT);
        }
        lastSearched = new Searchable(allocation, texts);
        return texts;
    }

    /** The search texts of one allocation (snapshots, and so allocations, never change). */
    private record Searchable(SeatAllocation allocation, String[] texts) {
    }

    private static Map<String, Object> editor(Editor editor, EditorState state) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("userKey", editor.userKey());
        json.put("username", editor.username());
        json.put("displayName", editor.displayName());
        json.put("email", editor.email());
        json.put("source", editor.direct() ? "DIRECT" : "GROUP");
        json.put("inGroup", editor.group());
        json.put("seatedAt", editor.seatedSince().toString());
        json.put("state", state.name());
        return json;
    }

    private static Map<String, Object> seats(SeatAllocation allocation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("limit", allocation.seats() == SeatAllocation.UNLIMITED ? null : allocation.seats());
        json.put("used", allocation.used());
        json.put("waiting", allocation.waiting());
        return json;
    }

    private Map<String, Object> outcome(Outcome<?> outcome) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", outcome.code().name());
        json.put("message", text.render(outcome.message()));
        return json;
    }

    private List<Object> warnings(GoverningLicense license) {
        List<Object> warnings = new ArrayList<>();
        for (Outcome<LicenseWarning> warning : license.warnings()) {
            warnings.add(outcome(warning));
        }
        return warnings;
    }

    private Map<String, Object> describe(GoverningLicense license, LicenseSource s) {
        return switch (s) {
            case VENDOR -> license.vendor().map(this::describe).orElse(null);
            case MARKETPLACE -> license.marketplace().map(this::describe).orElse(null);
            default -> null;
        };
    }

    private Map<String, Object> describe(LicenseCheck check) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", "VENDOR");
        json.put("code", check.code().name());
        json.put("valid", check.isValid());
        json.put("message", text.render(check.message()));
        check.decoded().ifPresent(license -> json.putAll(describe(license)));
        return json;
    }

    private static Map<String, Object> describe(License license) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("licenseId", license.licenseId());
        json.put("product", license.product().id());
        json.put("licensee", license.licensee());
        json.put("email", license.email());
        json.put("type", license.type().id());
        json.put("editors", license.editors().isUnlimited() ? null : license.editors().count());
        json.put("purchaseDate", license.purchaseDate() == null ? null : license.purchaseDate().toString());
        json.put("maintenanceStart", license.maintenanceStart().toString());
        json.put("maintenanceEnd", license.maintenanceEnd().toString());
        json.put("evaluation", license.isEvaluation());
        json.put("supersedes", license.supersedes());
        return json;
    }

    private Map<String, Object> describe(MarketplaceLicense license) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", "MARKETPLACE");
        json.put("valid", license.isValid());
        json.put("error", license.error().map(Enum::name).orElse(null));
        json.put("message", text.render(license.error().map(e -> Message.of(e.i18nKey()))
                .orElse(Message.of("plainframe.marketplace.valid", license.licensee()))));
        json.put("licensee", license.licensee());
        json.put("sen", license.sen());
        json.put("evaluation", license.evaluation());
        json.put("editors", license.users().isUnlimited() ? null : license.users().count());
        json.put("expiry", license.expiry() == null ? null : license.expiry().toString());
        json.put("maintenanceEnd", license.maintenanceEnd() == null ? null : license.maintenanceEnd().toString());
        return json;
    }
}
