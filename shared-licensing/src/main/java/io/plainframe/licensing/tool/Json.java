package io.plainframe.licensing.tool;

import java.util.ArrayList;
import java.util.List;

/** Just enough JSON writing for the tool's output: ordered fields, strings, numbers, booleans, null, arrays. */
final class Json {

    private final List<String> fields = new ArrayList<>();

    Json put(String name, Object value) {
        fields.add(quote(name) + ": " + value(value));
        return this;
    }

    /** The object on several lines, two spaces of indentation, as people and {@code jq} read it. */
    String pretty() {
        return fields.isEmpty() ? "{}" : "{\n  " + String.join(",\n  ", fields) + "\n}";
    }

    private static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(value(item)));
            return "[" + String.join(", ", items) + "]";
        }
        return quote(value.toString());
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
