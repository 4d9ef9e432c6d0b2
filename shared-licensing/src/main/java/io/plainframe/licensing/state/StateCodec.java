package io.plainframe.licensing.state;

import io.plainframe.licensing.json.Json;
import io.plainframe.licensing.json.JsonException;
import io.plainframe.licensing.seat.Editor;
import io.plainframe.licensing.seat.EditorStatus;
import io.plainframe.licensing.seat.Roster;
import io.plainframe.licensing.seat.SeatMemory;
import io.plainframe.licensing.seat.SeatMode;
import io.plainframe.licensing.seat.SeatRequest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stored form of {@link PlainframeState}: JSON with a schema number, names spelt out (never ordinals).
 * Reading is strict: anything missing or of the wrong kind is a {@link JsonException} naming the place.
 */
public final class StateCodec {

    /** The schema this code writes; reading a newer one is refused so nothing is lost by an older plugin. */
    public static final int SCHEMA = 1;

    private StateCodec() {
    }

    public static String encode(PlainframeState state) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schema", SCHEMA);
        json.put("vendorKey", state.vendorKey());
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("mode", state.settings().mode().id());
        settings.put("editorsGroup", state.settings().editorsGroup());
        json.put("settings", settings);
        List<Object> editors = new ArrayList<>(state.roster().size());
        for (Editor editor : state.roster().editors()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", editor.userKey());
            entry.put("name", editor.username());
            entry.put("displayName", editor.displayName());
            entry.put("email", editor.email());
            entry.put("direct", editor.direct());
            entry.put("group", editor.group());
            entry.put("since", editor.seatedSince().toString());
            entry.put("status", editor.status().name().toLowerCase(Locale.ROOT));
            editors.add(entry);
        }
        json.put("editors", editors);
        List<Object> requests = new ArrayList<>(state.requests().size());
        for (SeatRequest request : state.requests()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", request.id());
            entry.put("key", request.userKey());
            entry.put("name", request.username());
            entry.put("displayName", request.displayName());
            entry.put("note", request.note());
            entry.put("at", request.requestedAt().toString());
            requests.add(entry);
        }
        json.put("requests", requests);
        if (!state.memory().isEmpty()) {
            // Written only when there is something to remember, so a state without it reads as before.
            List<Object> memory = new ArrayList<>(state.memory().entries().size());
            for (SeatMemory.Entry entry : state.memory().entries()) {
                Map<String, Object> place = new LinkedHashMap<>();
                place.put("key", entry.userKey());
                place.put("since", entry.seatedSince().toString());
                place.put("until", entry.keptUntil().toString());
                memory.add(place);
            }
            json.put("droppedPlaces", memory);
        }
        return Json.write(json);
    }

    /**
     * @throws JsonException when the text is not a state of a schema this code reads
     */
    public static PlainframeState decode(String text) {
        Map<String, Object> json = object(Json.parse(text), "state");
        Object schema = json.get("schema");
        if (!(schema instanceof Long number) || number < 1) {
            throw new JsonException("state: no schema number");
        }
        if (number > SCHEMA) {
            throw new JsonException("state: written by a newer Plainframe (schema " + number + ")");
        }
        Object vendorKey = json.get("vendorKey");
        if (vendorKey != null && !(vendorKey instanceof String)) {
            throw new JsonException("state.vendorKey: not text");
        }
        Map<String, Object> settingsJson = object(json.get("settings"), "state.settings");
        SeatMode mode = SeatMode.fromId(text(settingsJson, "mode", "state.settings"))
                .orElseThrow(() -> new JsonException("state.settings.mode: unknown mode"));
        String group = text(settingsJson, "editorsGroup", "state.settings");
        if (!Settings.acceptsGroup(group)) {
            throw new JsonException("state.settings.editorsGroup: not a group name");
        }
        List<Editor> editors = new ArrayList<>();
        List<Object> editorsJson = array(json.get("editors"), "state.editors");
        for (int i = 0; i < editorsJson.size(); i++) {
            editors.add(editor(object(editorsJson.get(i), "state.editors[" + i + "]"), "state.editors[" + i + "]"));
        }
        List<SeatRequest> requests = new ArrayList<>();
        List<Object> requestsJson = array(json.get("requests"), "state.requests");
        for (int i = 0; i < requestsJson.size(); i++) {
            String where = "state.requests[" + i + "]";
            Map<String, Object> entry = object(requestsJson.get(i), where);
            try {
                requests.add(new SeatRequest(text(entry, "id", where), text(entry, "key", where),
                        text(entry, "name", where), text(entry, "displayName", where), text(entry, "note", where),
                        instant(entry, "at", where)));
            } catch (IllegalArgumentException e) {
                throw new JsonException(where + ": " + e.getMessage());
            }
        }
        List<SeatMemory.Entry> places = new ArrayList<>();
        if (json.containsKey("droppedPlaces")) {
            List<Object> placesJson = array(json.get("droppedPlaces"), "state.droppedPlaces");
            if (placesJson.size() > SeatMemory.MAX_ENTRIES) {
                throw new JsonException("state.droppedPlaces: more than " + SeatMemory.MAX_ENTRIES + " entries");
            }
            for (int i = 0; i < placesJson.size(); i++) {
                String where = "state.droppedPlaces[" + i + "]";
                Map<String, Object> entry = object(placesJson.get(i), where);
                places.add(new SeatMemory.Entry(text(entry, "key", where), instant(entry, "since", where),
                        instant(entry, "until", where)));
            }
        }
        try {
            return new PlainframeState((String) vendorKey, new Settings(mode, group), Roster.of(editors), requests,
                    new SeatMemory(places));
        } catch (IllegalArgumentException e) {
            throw new JsonException("state: " + e.getMessage());
        }
    }

    private static Editor editor(Map<String, Object> entry, String where) {
        String status = text(entry, "status", where);
        EditorStatus parsed;
        try {
            parsed = EditorStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new JsonException(where + ".status: unknown status");
        }
        Object email = entry.get("email");
        if (email != null && !(email instanceof String)) {
            throw new JsonException(where + ".email: not text");
        }
        try {
            return new Editor(text(entry, "key", where), text(entry, "name", where), text(entry, "displayName", where),
                    (String) email, bool(entry, "direct", where), bool(entry, "group", where),
                    instant(entry, "since", where), parsed);
        } catch (IllegalArgumentException e) {
            throw new JsonException(where + ": " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String where) {
        if (!(value instanceof Map)) {
            throw new JsonException(where + ": not an object");
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> array(Object value, String where) {
        if (!(value instanceof List)) {
            throw new JsonException(where + ": not a list");
        }
        return (List<Object>) value;
    }

    private static String text(Map<String, Object> json, String name, String where) {
        if (!(json.get(name) instanceof String value)) {
            throw new JsonException(where + "." + name + ": missing or not text");
        }
        return value;
    }

    private static boolean bool(Map<String, Object> json, String name, String where) {
        if (!(json.get(name) instanceof Boolean value)) {
            throw new JsonException(where + "." + name + ": missing or not true/false");
        }
        return value;
    }

    private static Instant instant(Map<String, Object> json, String name, String where) {
        try {
            return Instant.parse(text(json, name, where));
        } catch (DateTimeParseException e) {
            throw new JsonException(where + "." + name + ": not a time");
        }
    }
}
