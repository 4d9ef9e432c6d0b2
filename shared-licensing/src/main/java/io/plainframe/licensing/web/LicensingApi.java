package io.plainframe.licensing.web;

import io.plainframe.licensing.access.AccessSnapshots;
import io.plainframe.licensing.admin.LicensingService;
import io.plainframe.licensing.host.AuditLog;
import io.plainframe.licensing.host.ContentPermissions;
import io.plainframe.licensing.host.DateTexts;
import io.plainframe.licensing.host.UserDirectory;
import io.plainframe.licensing.i18n.Message;
import java.util.List;
import java.util.Objects;

/**
 * Every endpoint of SPEC 6 except wireframes. Each method checks who is calling before doing anything
 * (anonymous 401, non-admin 403 where admins only may call), reads only what it needs, and answers with the
 * status and the error body of SPEC 6. {@code GET}s never change anything. The endpoints live in four views:
 * license, editors, seat requests (with {@code /status}), settings and audit.
 */
public final class LicensingApi {

    /** Request bodies above this are refused with 413 before being read further. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    static final int DEFAULT_PAGE = EditorViews.DEFAULT_PAGE;
    static final int MAX_PAGE = EditorViews.MAX_PAGE;
    static final int DEFAULT_AUDIT = AuditViews.DEFAULT_AUDIT;
    static final int USER_SEARCH_LIMIT = EditorViews.USER_SEARCH_LIMIT;
    static final List<String> CSV_COLUMNS = EditorViews.CSV_COLUMNS;

    private final TextRenderer text;
    private final LicenseViews license;
    private final EditorViews editors;
    private final RequestViews requests;
    private final AuditViews audit;

    public LicensingApi(LicensingService service, AccessSnapshots snapshots, AuditLog audit, UserDirectory directory,
                        ContentPermissions content, TextRenderer text, ProductInfo info) {
        this(service, snapshots, audit, directory, content, text, DateTexts.ISO, info);
    }

    /** @param dates the host's date format, for the dates people read on the admin page */
    public LicensingApi(LicensingService service, AccessSnapshots snapshots, AuditLog audit, UserDirectory directory,
                        ContentPermissions content, TextRenderer text, DateTexts dates, ProductInfo info) {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(snapshots, "snapshots");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(info, "info");
        this.text = Objects.requireNonNull(text, "text");
        ApiSteps steps = new ApiSteps(text, dates);
        this.license = new LicenseViews(service, snapshots, text, info, steps);
        this.editors = new EditorViews(service, snapshots, directory, text, steps);
        this.requests = new RequestViews(service, snapshots, content, text, info, steps);
        this.audit = new AuditViews(service, snapshots, audit, directory, text, steps);
    }

    /** {@code GET /status}: the plugin, its license, and what the caller may do (on a page or issue, if named). */
    public ApiResponse status(Caller caller, String contentId) {
        return requests.status(caller, contentId);
    }

    /** {@code POST /seat-requests}: the caller asks for an editor seat. */
    public ApiResponse requestSeat(Caller caller, String body) {
        return requests.requestSeat(caller, body);
    }

    /** {@code GET /license}: the governing license with its reason, the other source, warnings, seats. */
    public ApiResponse license(Caller caller) {
        return license.license(caller);
    }

    /** {@code POST /license/preview}: what a key would do, without applying it. */
    public ApiResponse previewLicense(Caller caller, String body) {
        return license.previewLicense(caller, body);
    }

    /** {@code PUT /license}: validates and applies a vendor key; 400 with the validation code when invalid. */
    public ApiResponse applyLicense(Caller caller, String body) {
        return license.applyLicense(caller, body);
    }

    /** {@code DELETE /license}: removes the vendor key. */
    public ApiResponse removeLicense(Caller caller) {
        return license.removeLicense(caller);
    }

    /** {@code GET /editors}: the seat meter and one page of editors, filtered by a query and a state. */
    public ApiResponse editors(Caller caller, String query, String state, String start, String limit) {
        return editors.editors(caller, query, state, start, limit);
    }

    /** {@code POST /editors}: adds direct editors, all or nothing. */
    public ApiResponse addEditors(Caller caller, String body) {
        return editors.addEditors(caller, body);
    }

    /** {@code DELETE /editors/{username}}: removes a direct editor. */
    public ApiResponse removeEditor(Caller caller, String username) {
        return editors.removeEditor(caller, username);
    }

    /** {@code GET /editors.csv}: every editor, protected against formula injection. */
    public ApiResponse exportEditors(Caller caller) {
        return editors.exportEditors(caller);
    }

    /** {@code POST /editors/import}: CSV with a {@code username} column; adds them, all or nothing. */
    public ApiResponse importEditors(Caller caller, String body) {
        return editors.importEditors(caller, body);
    }

    /** {@code GET /users?query=}: the host's users for the add-editor picker, with their editor state. */
    public ApiResponse searchUsers(Caller caller, String query) {
        return editors.searchUsers(caller, query);
    }

    /** {@code GET /settings}: the mode and the editors group. */
    public ApiResponse settings(Caller caller) {
        return audit.settings(caller);
    }

    /**
     * {@code PUT /settings}: {@code {"mode": "selected"|"everyone", "editorsGroup": ..., "confirmRemovals": false}};
     * 400 {@code UNKNOWN_GROUP} for a group the host does not have, 409 {@code REMOVES_EDITORS} naming the editors a
     * new group would remove until they are confirmed.
     */
    public ApiResponse updateSettings(Caller caller, String body) {
        return audit.updateSettings(caller, body);
    }

    /** {@code GET /groups?query=}: the host's groups starting with the query, for the editors-group picker. */
    public ApiResponse searchGroups(Caller caller, String query) {
        return audit.searchGroups(caller, query);
    }

    /** {@code GET /audit?limit=}: the latest events, newest first. */
    public ApiResponse audit(Caller caller, String limit) {
        return audit.audit(caller, limit);
    }

    /** {@code GET /seat-requests}: pending requests, oldest first. */
    public ApiResponse seatRequests(Caller caller) {
        return requests.seatRequests(caller);
    }

    /** {@code POST /seat-requests/{id}/approve}. */
    public ApiResponse approveRequest(Caller caller, String id) {
        return requests.approveRequest(caller, id);
    }

    /** {@code POST /seat-requests/{id}/dismiss}. */
    public ApiResponse dismissRequest(Caller caller, String id) {
        return requests.dismissRequest(caller, id);
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
}
