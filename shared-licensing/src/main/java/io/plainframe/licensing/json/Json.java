package io.plainframe.licensing.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes and reads JSON text; see the package description for the value types. */
public final class Json {

    /** Deeper nesting than any value of ours is refused rather than recursed into: at most this many levels. */
    static final int MAX_DEPTH = 64;

    private Json() {
    }

    /**
     * Compact text, safe to embed in an HTML page: {@code <}, {@code >} and {@code &} are written as
     * {@code \\u} escapes.
     *
     * @throws IllegalArgumentException for what JSON text cannot hold exactly: a value of another type, a number
     *                                  that is not finite, a string with half of a surrogate pair
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, -1, 0);
        return out.toString();
    }

    /** Text on several lines with two spaces of indentation, as people and {@code jq} read it. */
    public static String pretty(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 2, 0);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, int indent, int level) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            quote(out, text, indent < 0);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Double number) {
            if (number.isNaN() || number.isInfinite()) {
                throw new IllegalArgumentException("JSON has no " + number);
            }
            out.append(number);
        } else if (value instanceof Map<?, ?> map) {
            writeMembers(out, '{', '}', new ArrayList<>(map.entrySet()), indent, level);
        } else if (value instanceof List<?> list) {
            writeMembers(out, '[', ']', list, indent, level);
        } else {
            // Written as its toString() it would read back as a string, not as what was written.
            throw new IllegalArgumentException("JSON cannot write a " + value.getClass().getName());
        }
    }

    private static void writeMembers(StringBuilder out, char open, char close, List<?> members, int indent,
                                     int level) {
        out.append(open);
        if (members.isEmpty()) {
            out.append(close);
            return;
        }
        boolean inline = indent < 0 || open == '[';
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                out.append(inline && indent >= 0 ? ", " : ",");
            }
            if (!inline) {
                out.append('\n').append(" ".repeat(indent * (level + 1)));
            }
            Object member = members.get(i);
            if (member instanceof Map.Entry<?, ?> entry) {
                if (!(entry.getKey() instanceof String name)) {
                    throw new IllegalArgumentException("JSON member names are strings, not " + entry.getKey());
                }
                quote(out, name, indent < 0);
                out.append(indent >= 0 ? ": " : ":");
                write(out, entry.getValue(), indent, level + 1);
            } else {
                write(out, member, indent, level + 1);
            }
        }
        if (!inline) {
            out.append('\n').append(" ".repeat(indent * level));
        }
        out.append(close);
    }

    private static void quote(StringBuilder out, String text, boolean htmlSafe) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // Controls, line separators and, where asked, what could break out of an HTML page.
                    boolean html = c == '<' || c == '>' || c == '&';
                    if (Character.isSurrogate(c) && !pairedAt(text, i)) {
                        // UTF-8 cannot hold it: stored or sent, it would come back as '?'.
                        throw new IllegalArgumentException("JSON text cannot hold half of a surrogate pair (at "
                                + i + ")");
                    }
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || (htmlSafe && html)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Whether the surrogate at {@code i} is one half of a pair (high then low). */
    private static boolean pairedAt(CharSequence text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /**
     * Reads one JSON value filling the whole text.
     *
     * @throws JsonException when the text is not exactly one JSON value
     */
    public static Object parse(String text) {
        Reader reader = new Reader(text);
        reader.skipWhitespace();
        Object value = reader.value(0);
        reader.skipWhitespace();
        if (reader.position != text.length()) {
            throw reader.error("unexpected text after the value");
        }
        return value;
    }

    /** Strict recursive-descent reading with positions in every error. */
    private static final class Reader {
        private final String text;
        private int position;

        Reader(String text) {
            this.text = text;
        }

        Object value(int depth) {
            if (depth >= MAX_DEPTH) {
                throw error("nested too deeply");
            }
            if (position >= text.length()) {
                throw error("a value is missing");
            }
            char c = text.charAt(position);
            return switch (c) {
                case '{' -> object(depth);
                case '[' -> array(depth);
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> {
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        yield number();
                    }
                    throw error("unexpected character '" + c + "'");
                }
            };
        }

        private Map<String, Object> object(int depth) {
            position++;
            Map<String, Object> members = new LinkedHashMap<>();
            skipWhitespace();
            if (peek() == '}') {
                position++;
                return members;
            }
            while (true) {
                skipWhitespace();
                if (peek() != '"') {
                    throw error("a member name is missing");
                }
                String name = string();
                skipWhitespace();
                expect(':');
                skipWhitespace();
                if (members.containsKey(name)) {
                    throw error("the member \"" + name + "\" is repeated");
                }
                members.put(name, value(depth + 1));
                skipWhitespace();
                if (peek() == ',') {
                    position++;
                    continue;
                }
                expect('}');
                return members;
            }
        }

        private List<Object> array(int depth) {
            position++;
            List<Object> items = new ArrayList<>();
            skipWhitespace();
            if (peek() == ']') {
                position++;
                return items;
            }
            while (true) {
                skipWhitespace();
                items.add(value(depth + 1));
                skipWhitespace();
                if (peek() == ',') {
                    position++;
                    continue;
                }
                expect(']');
                return items;
            }
        }

        private String string() {
            int start = position;
            position++;
            StringBuilder out = new StringBuilder();
            while (true) {
                if (position >= text.length()) {
                    throw error("a string is not closed");
                }
                char c = text.charAt(position++);
                if (c == '"') {
                    for (int i = 0; i < out.length(); i++) {
                        if (Character.isSurrogate(out.charAt(i)) && !pairedAt(out, i)) {
                            position = start;
                            throw error("a string holds half of a surrogate pair");
                        }
                    }
                    return out.toString();
                }
                if (c < 0x20) {
                    throw error("a control character in a string");
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (position >= text.length()) {
                    throw error("a string is not closed");
                }
                char escape = text.charAt(position++);
                switch (escape) {
                    case '"', '\\', '/' -> out.append(escape);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (position + 4 > text.length()) {
                            throw error("a \\u escape is cut short");
                        }
                        int code = 0;
                        for (int i = 0; i < 4; i++) {
                            int digit = hexDigit(text.charAt(position++));
                            if (digit < 0) {
                                throw error("a \\u escape has a non-hex digit");
                            }
                            code = code * 16 + digit;
                        }
                        out.append((char) code);
                    }
                    default -> throw error("unknown escape \\" + escape);
                }
            }
        }

        private Object number() {
            int start = position;
            if (peek() == '-') {
                position++;
            }
            if (peek() == '0') {
                position++;
            } else if (isDigit(peek())) {
                while (isDigit(peek())) {
                    position++;
                }
            } else {
                throw error("a number has no digits");
            }
            boolean fraction = false;
            if (peek() == '.') {
                fraction = true;
                position++;
                requireDigits();
            }
            if (peek() == 'e' || peek() == 'E') {
                fraction = true;
                position++;
                if (peek() == '+' || peek() == '-') {
                    position++;
                }
                requireDigits();
            }
            String number = text.substring(start, position);
            if (!fraction) {
                try {
                    return Long.parseLong(number);
                } catch (NumberFormatException e) {
                    throw error("a whole number is too large");
                }
            }
            double value = Double.parseDouble(number);
            if (Double.isInfinite(value)) {
                throw error("a number is too large");
            }
            return value;
        }

        private void requireDigits() {
            if (!isDigit(peek())) {
                throw error("a number is cut short");
            }
            while (isDigit(peek())) {
                position++;
            }
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, position)) {
                throw error("unexpected text");
            }
            position += word.length();
            return value;
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("'" + c + "' expected");
            }
            position++;
        }

        private char peek() {
            return position < text.length() ? text.charAt(position) : '\0';
        }

        /** An ASCII hex digit's value, or -1: {@code Character.digit} would also take other scripts' digits. */
        private static int hexDigit(char c) {
            if (c >= '0' && c <= '9') {
                return c - '0';
            }
            if (c >= 'a' && c <= 'f') {
                return c - 'a' + 10;
            }
            return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        void skipWhitespace() {
            while (position < text.length()) {
                char c = text.charAt(position);
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                    return;
                }
                position++;
            }
        }

        JsonException error(String what) {
            return new JsonException("JSON " + what + " at character " + (position + 1));
        }
    }
}
