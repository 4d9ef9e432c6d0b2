package io.plainframe.wireframes;

import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.json.Json;
import io.plainframe.licensing.json.JsonException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The wireframe document and its rules. Reading checks everything before a {@link Wireframe} exists, and
 * stops at the first problem with its JSON path:
 * <ul>
 *   <li>at most {@value #MAX_BYTES} bytes of UTF-8, checked before parsing;</li>
 *   <li>{@code {"formatVersion": 1, "width", "height", "controls": [...]}} and an optional {@code "title"} (issue
 *   16: one line of up to {@value #MAX_TITLE} characters, written only when not empty, so documents without one
 *   read and write as before), and nothing else; a newer format says so;</li>
 *   <li>canvas {@value #MIN_CANVAS} to {@value #MAX_CANVAS} on each side; at most {@value #MAX_CONTROLS}
 *   controls;</li>
 *   <li>each control: a unique id of 1 to 40 letters, digits, {@code -} or {@code _}; a known type; whole-number
 *   position and size, at least {@value #MIN_SIZE} wide and high, inside the canvas; text up to
 *   {@value #MAX_TEXT} characters without control characters (line breaks and tabs allowed); only the
 *   properties its type has ({@link ControlType#properties()}), each bounded; on any type, optionally
 *   {@code "group"} (an id as above) and {@code "locked": true}.</li>
 * </ul>
 */
public final class WireframeFormat {

    public static final int MAX_BYTES = 512 * 1024;
    public static final int MIN_CANVAS = 100;
    public static final int MAX_CANVAS = 4000;
    public static final int MAX_CONTROLS = 500;
    public static final int MIN_SIZE = 8;
    public static final int MAX_TEXT = 1000;
    /** The longest title of a wireframe, in UTF-16 units. */
    public static final int MAX_TITLE = 200;
    public static final int MAX_OPTIONS = 50;
    public static final int MAX_ROWS = 50;
    public static final int MAX_COLUMNS = 20;
    public static final int MAX_CELL_TEXT = 200;
    /** Heading levels run from 1 to this; slider and progress values from 0 to {@link #MAX_VALUE} percent. */
    public static final int MAX_LEVEL = 3;
    public static final int MAX_VALUE = 100;

    private static final Set<String> ROOT_FIELDS = Set.of("formatVersion", "title", "width", "height", "controls");
    // group and locked are editing aids every type may carry; the renderer ignores them.
    private static final Set<String> CONTROL_FIELDS = Set.of("id", "type", "x", "y", "width", "height", "text",
            "group", "locked");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private WireframeFormat() {
    }

    /**
     * Reads and checks a document.
     *
     * @throws InvalidWireframeException with the first problem and its path
     */
    public static Wireframe read(String text) {
        long bytes = utf8Length(text, MAX_BYTES);
        if (bytes > MAX_BYTES) {
            throw new InvalidWireframeException(InvalidWireframeException.Problem.TOO_LARGE, "$",
                    Message.of("plainframe.wireframe.too-large", MAX_BYTES / 1024));
        }
        Object json;
        try {
            json = Json.parse(text);
        } catch (JsonException e) {
            throw new InvalidWireframeException(InvalidWireframeException.Problem.NOT_JSON, "$",
                    Message.of("plainframe.wireframe.not-json", e.getMessage()));
        }
        Map<String, Object> root = object(json, "$");
        onlyFields(root, ROOT_FIELDS, "$");
        long format = whole(root, "formatVersion", "$");
        if (format > Wireframe.FORMAT) {
            throw invalid("$.formatVersion", "plainframe.wireframe.format-newer", format);
        }
        if (format != Wireframe.FORMAT) {
            throw invalid("$.formatVersion", "plainframe.wireframe.range", "$.formatVersion", Wireframe.FORMAT,
                    Wireframe.FORMAT);
        }
        int width = bounded(root, "width", "$", MIN_CANVAS, MAX_CANVAS);
        int height = bounded(root, "height", "$", MIN_CANVAS, MAX_CANVAS);
        List<?> items = array(required(root, "controls", "$"), "$.controls");
        if (items.size() > MAX_CONTROLS) {
            throw invalid("$.controls", "plainframe.wireframe.too-many", "$.controls", MAX_CONTROLS);
        }
        List<Control> controls = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Control control = control(items.get(i), "$.controls[" + i + "]", width, height);
            if (!ids.add(control.id())) {
                throw invalid("$.controls[" + i + "].id", "plainframe.wireframe.duplicate-id",
                        "$.controls[" + i + "].id", control.id());
            }
            controls.add(control);
        }
        return new Wireframe(width, height, controls, title(root));
    }

    /** The optional title: one line (no line breaks or tabs either), bounded. */
    private static String title(Map<String, Object> root) {
        if (!root.containsKey("title")) {
            return "";
        }
        String title = text(root.get("title"), "$.title", MAX_TITLE);
        for (int i = 0; i < title.length(); i++) {
            if (title.charAt(i) == '\n' || title.charAt(i) == '\t') {
                throw invalid("$.title", "plainframe.wireframe.control-character", "$.title",
                        Integer.toHexString(title.charAt(i)));
            }
        }
        return title;
    }

    /** The document of a wireframe, compact, in a stable field order. */
    public static String write(Wireframe wireframe) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("formatVersion", (long) Wireframe.FORMAT);
        if (!wireframe.title().isEmpty()) {
            root.put("title", wireframe.title());
        }
        root.put("width", (long) wireframe.width());
        root.put("height", (long) wireframe.height());
        List<Object> controls = new ArrayList<>();
        for (Control control : wireframe.controls()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", control.id());
            json.put("type", control.type().id());
            json.put("x", (long) control.x());
            json.put("y", (long) control.y());
            json.put("width", (long) control.width());
            json.put("height", (long) control.height());
            if (!control.text().isEmpty()) {
                json.put("text", control.text());
            }
            Set<String> properties = control.type().properties();
            if (properties.contains("checked")) {
                json.put("checked", control.checked());
            }
            if (properties.contains("options")) {
                json.put("options", new ArrayList<Object>(control.options()));
            }
            if (properties.contains("cells")) {
                json.put("cells", new ArrayList<Object>(control.cells()));
            }
            if (properties.contains("level")) {
                json.put("level", (long) control.level());
            }
            if (properties.contains("value")) {
                json.put("value", (long) control.value());
            }
            if (!control.group().isEmpty()) {
                json.put("group", control.group());
            }
            if (control.locked()) {
                json.put("locked", true);
            }
            controls.add(json);
        }
        root.put("controls", controls);
        return Json.write(root);
    }

    /**
     * The limits above, the text width table and the control types by category (the palette's order), as the
     * editor's script takes them: the view writes them into
     * each wireframe container ({@code data-plainframe-limits}), so the script has no copy of its own.
     */
    public static Map<String, Object> limits() {
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("maxBytes", (long) MAX_BYTES);
        limits.put("minSize", (long) MIN_SIZE);
        limits.put("minCanvas", (long) MIN_CANVAS);
        limits.put("maxCanvas", (long) MAX_CANVAS);
        limits.put("maxControls", (long) MAX_CONTROLS);
        limits.put("maxText", (long) MAX_TEXT);
        limits.put("maxOptions", (long) MAX_OPTIONS);
        limits.put("maxRows", (long) MAX_ROWS);
        limits.put("maxColumns", (long) MAX_COLUMNS);
        limits.put("maxCellText", (long) MAX_CELL_TEXT);
        limits.put("maxTitle", (long) MAX_TITLE);
        limits.put("maxLevel", (long) MAX_LEVEL);
        limits.put("maxValue", (long) MAX_VALUE);
        limits.put("defaultValue", (long) Control.DEFAULT_VALUE);
        limits.put("defaultWidth", (long) Wireframe.DEFAULT_WIDTH);
        limits.put("defaultHeight", (long) Wireframe.DEFAULT_HEIGHT);
        limits.put("glyphs", TextFit.glyphs());
        List<Object> types = new ArrayList<>();
        for (ControlType.Category category : ControlType.Category.values()) {
            for (ControlType type : ControlType.values()) {
                if (type.category() == category) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("id", type.id());
                    entry.put("category", category.id());
                    entry.put("items", type.hasItems());
                    types.add(entry);
                }
            }
        }
        limits.put("types", types);
        return limits;
    }

    private static Control control(Object item, String path, int width, int height) {
        Map<String, Object> json = object(item, path);
        String typeName = string(required(json, "type", path), path + ".type");
        ControlType type = ControlType.fromId(typeName).orElseThrow(() -> invalid(path + ".type",
                "plainframe.wireframe.unknown-type", path + ".type", typeName, knownTypes()));
        Set<String> allowed = new HashSet<>(CONTROL_FIELDS);
        allowed.addAll(type.properties());
        onlyFields(json, allowed, path);
        String id = string(required(json, "id", path), path + ".id");
        if (!ID.matcher(id).matches()) {
            throw invalid(path + ".id", "plainframe.wireframe.bad-id", path + ".id");
        }
        int x = bounded(json, "x", path, 0, width - MIN_SIZE);
        int y = bounded(json, "y", path, 0, height - MIN_SIZE);
        int w = bounded(json, "width", path, MIN_SIZE, width);
        int h = bounded(json, "height", path, MIN_SIZE, height);
        if (x + w > width || y + h > height) {
            throw invalid(path, "plainframe.wireframe.outside", path, width, height);
        }
        String text = json.containsKey("text") ? text(json.get("text"), path + ".text", MAX_TEXT) : "";
        if (type == ControlType.ICON && !text.isEmpty() && !IconSet.has(text)) {
            throw invalid(path + ".text", "plainframe.wireframe.unknown-icon", path + ".text", text);
        }
        boolean checked = false;
        if (json.containsKey("checked")) {
            if (!(json.get("checked") instanceof Boolean value)) {
                throw invalid(path + ".checked", "plainframe.wireframe.not-boolean", path + ".checked");
            }
            checked = value;
        }
        List<String> options = new ArrayList<>();
        if (json.containsKey("options")) {
            List<?> items = array(json.get("options"), path + ".options");
            if (items.size() > MAX_OPTIONS) {
                throw invalid(path + ".options", "plainframe.wireframe.too-many", path + ".options", MAX_OPTIONS);
            }
            for (int i = 0; i < items.size(); i++) {
                options.add(text(items.get(i), path + ".options[" + i + "]", MAX_CELL_TEXT));
            }
        }
        List<List<String>> cells = new ArrayList<>();
        if (json.containsKey("cells")) {
            List<?> rows = array(json.get("cells"), path + ".cells");
            if (rows.size() > MAX_ROWS) {
                throw invalid(path + ".cells", "plainframe.wireframe.too-many", path + ".cells", MAX_ROWS);
            }
            for (int r = 0; r < rows.size(); r++) {
                String rowPath = path + ".cells[" + r + "]";
                List<?> row = array(rows.get(r), rowPath);
                if (row.size() > MAX_COLUMNS) {
                    throw invalid(rowPath, "plainframe.wireframe.too-many", rowPath, MAX_COLUMNS);
                }
                List<String> texts = new ArrayList<>();
                for (int c = 0; c < row.size(); c++) {
                    texts.add(text(row.get(c), rowPath + "[" + c + "]", MAX_CELL_TEXT));
                }
                cells.add(texts);
            }
        }
        int level = type != ControlType.HEADING ? 0
                : json.containsKey("level") ? bounded(json, "level", path, 1, MAX_LEVEL) : 1;
        int value = type.properties().contains("value")
                ? (json.containsKey("value") ? bounded(json, "value", path, 0, MAX_VALUE) : Control.DEFAULT_VALUE) : 0;
        String group = "";
        if (json.containsKey("group")) {
            group = string(json.get("group"), path + ".group");
            if (!ID.matcher(group).matches()) {
                throw invalid(path + ".group", "plainframe.wireframe.bad-id", path + ".group");
            }
        }
        boolean locked = false;
        if (json.containsKey("locked")) {
            if (!(json.get("locked") instanceof Boolean lockedValue)) {
                throw invalid(path + ".locked", "plainframe.wireframe.not-boolean", path + ".locked");
            }
            locked = lockedValue;
        }
        return new Control(id, type, x, y, w, h, text, checked, options, cells, level, value, group, locked);
    }

    private static String knownTypes() {
        StringBuilder names = new StringBuilder();
        for (ControlType type : ControlType.values()) {
            names.append(names.length() == 0 ? "" : ", ").append(type.id());
        }
        return names.toString();
    }

    private static Object required(Map<String, Object> json, String field, String path) {
        if (!json.containsKey(field)) {
            throw invalid(path + "." + field, "plainframe.wireframe.missing", path + "." + field);
        }
        return json.get(field);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String path) {
        if (!(value instanceof Map<?, ?>)) {
            throw invalid(path, "plainframe.wireframe.not-object", path);
        }
        return (Map<String, Object>) value;
    }

    private static List<?> array(Object value, String path) {
        if (!(value instanceof List<?> list)) {
            throw invalid(path, "plainframe.wireframe.not-array", path);
        }
        return list;
    }

    private static String string(Object value, String path) {
        if (!(value instanceof String text)) {
            throw invalid(path, "plainframe.wireframe.not-string", path);
        }
        return text;
    }

    /** A string of at most {@code max} characters without control characters other than line breaks and tabs. */
    private static String text(Object value, String path, int max) {
        String text = string(value, path);
        if (text.length() > max) {
            throw invalid(path, "plainframe.wireframe.too-long", path, max);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // What XML 1.0 cannot carry, so the SVG could not either.
            if (c < 0x20 && c != '\n' && c != '\t' || c == 0xFFFE || c == 0xFFFF
                    || Character.isSurrogate(c) && !validSurrogate(text, i)) {
                throw invalid(path, "plainframe.wireframe.control-character", path, Integer.toHexString(c));
            }
        }
        return text;
    }

    private static boolean validSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    private static long whole(Map<String, Object> json, String field, String path) {
        Object value = required(json, field, path);
        if (!(value instanceof Long number)) {
            throw invalid(path + "." + field, "plainframe.wireframe.not-whole-number", path + "." + field);
        }
        return number;
    }

    private static int bounded(Map<String, Object> json, String field, String path, int min, int max) {
        long value = whole(json, field, path);
        if (value < min || value > max) {
            throw invalid(path + "." + field, "plainframe.wireframe.range", path + "." + field, min, max);
        }
        return (int) value;
    }

    private static void onlyFields(Map<String, Object> json, Set<String> allowed, String path) {
        for (String field : json.keySet()) {
            if (!allowed.contains(field)) {
                throw invalid(path + "." + field, "plainframe.wireframe.unknown-field", path + "." + field);
            }
        }
    }

    private static InvalidWireframeException invalid(String path, String key, Object... arguments) {
        return new InvalidWireframeException(InvalidWireframeException.Problem.INVALID, path,
                Message.of(key, arguments));
    }

    /** The UTF-8 length of a text, counting no further than just past {@code limit}. */
    static long utf8Length(String text, long limit) {
        long bytes = 0;
        for (int i = 0; i < text.length() && bytes <= limit; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
