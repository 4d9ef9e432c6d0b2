package io.plainframe.licensing.web;

import io.plainframe.licensing.access.AccessSnapshot;
import io.plainframe.licensing.access.AccessSnapshots;
import io.plainframe.licensing.admin.ChangeCode;
import io.plainframe.licensing.admin.ChangeResult;
import io.plainframe.licensing.admin.LicensingService;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.host.HostUser;
import io.plainframe.licensing.host.UserDirectory;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.i18n.Outcome;
import io.plainframe.licensing.seat.Editor;
import io.plainframe.licensing.seat.EditorState;
import io.plainframe.licensing.seat.SeatAllocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The editor endpoints: the seat meter and editors, adding, removing, CSV export and import, user search. */
final class EditorViews {
    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 1000;
    static final int USER_SEARCH_LIMIT = 20;
    static final List<String> CSV_COLUMNS = List.of("username", "displayName", "email", "source", "state",
            "seatedAt");

    private final LicensingService service;
    private final AccessSnapshots snapshots;
    private final UserDirectory directory;
    private final TextRenderer text;
    private final ApiSteps steps;
    /** The admin page's searches, ready for the allocation they were made on. */
    private volatile Searchable lastSearched;

    EditorViews(LicensingService service, AccessSnapshots snapshots, UserDirectory directory, TextRenderer text,
                ApiSteps steps) {
        this.service = service;
        this.snapshots = snapshots;
        this.directory = directory;
        this.text = text;
        this.steps = steps;
    }

    /** {@code GET /editors}: the seat meter and one page of editors, filtered by a query and a state. */
    ApiResponse editors(Caller caller, String query, String state, String start, String limit) {
        return steps.admin(caller).orElseGet(() -> {
            Optional<EditorState> wanted;
            try {
                wanted = state == null || state.isBlank() ? Optional.empty()
                        : Optional.of(EditorState.valueOf(state.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return ApiResponse.error(400, "INVALID_STATE", text.render(Message.of("plainframe.api.invalid-state",
                        state)));
            }
            int first = ApiSteps.number(start, 0, 0, Integer.MAX_VALUE);
            int size = ApiSteps.number(limit, DEFAULT_PAGE, 1, MAX_PAGE);
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
            json.put("seats", ApiSteps.seats(allocation));
            json.put("total", total);
            json.put("start", first);
            json.put("limit", size);
            json.put("editors", page);
            return ApiResponse.ok(json);
        });
    }

    /** {@code POST /editors}: adds direct editors, all or nothing. */
    ApiResponse addEditors(Caller caller, String body) {
        return steps.admin(caller).orElseGet(() -> steps.withObject(body, json -> {
            if (!(json.get("usernames") instanceof List<?> names)
                    || names.stream().anyMatch(name -> !(name instanceof String))) {
                return steps.badRequest("usernames", "list of strings");
            }
            List<String> usernames = new ArrayList<>();
            names.forEach(name -> usernames.add((String) name));
            return steps.answer(service.addEditors(caller.actor(), usernames));
        }));
    }

    /** {@code DELETE /editors/{username}}: removes a direct editor. */
    ApiResponse removeEditor(Caller caller, String username) {
        return steps.admin(caller).orElseGet(() -> steps.answer(service.removeEditors(caller.actor(),
                List.of(username))));
    }

    /** {@code GET /editors.csv}: every editor, protected against formula injection. */
    ApiResponse exportEditors(Caller caller) {
        return steps.admin(caller).orElseGet(() -> {
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
    ApiResponse importEditors(Caller caller, String body) {
        return steps.admin(caller).orElseGet(() -> {
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
            return steps.answer(service.addEditors(caller.actor(), usernames));
        });
    }

    /** {@code GET /users?query=}: the host's users for the add-editor picker, with their editor state. */
    ApiResponse searchUsers(Caller caller, String query) {
        return steps.admin(caller).orElseGet(() -> {
            if (query == null || query.isBlank()) {
                return ApiResponse.ok(Map.of("users", List.of()));
            }
            List<HostUser> users;
            try {
                users = directory.search(query.strip(), USER_SEARCH_LIMIT);
            } catch (HostUnavailableException e) {
                return steps.answer(new ChangeResult(Outcome.of(ChangeCode.HOST_UNAVAILABLE,
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

    private Map<String, Object> editor(Editor editor, EditorState state) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("userKey", editor.userKey());
        json.put("username", editor.username());
        json.put("displayName", editor.displayName());
        json.put("email", editor.email());
        json.put("source", editor.direct() ? "DIRECT" : "GROUP");
        json.put("inGroup", editor.group());
        json.put("seatedAt", editor.seatedSince().toString());
        json.put("seatedAtText", steps.dateText(editor.seatedSince()));
        json.put("state", state.name());
        return json;
    }
}
