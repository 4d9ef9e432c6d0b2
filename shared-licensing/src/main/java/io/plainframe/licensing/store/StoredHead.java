package io.plainframe.licensing.store;

import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.json.Json;
import io.plainframe.licensing.json.JsonException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stored description of a value: which revision, how many chunks, and the length and SHA-256 of the text
 * they hold. Schema 2 (written today) describes the escaped text behind {@link StoredText#MARKER}; schema 1
 * (read only) described raw text, its length in UTF-16 units.
 */
record StoredHead(long schema, long revision, int chunks, int length, String sha256) {

    /** The schema of heads this code writes. */
    static final long SCHEMA = 2;
    private static final long LEGACY = 1;

    static StoredHead parse(String key, String text) {
        boolean marked = text.startsWith(StoredText.MARKER);
        String json = marked ? text.substring(StoredText.MARKER.length()) : text;
        long expected = marked ? SCHEMA : LEGACY;
        try {
            Object parsed = Json.parse(json);
            if (!(parsed instanceof Map<?, ?> map) || !Long.valueOf(expected).equals(map.get("schema"))
                    || !(map.get("revision") instanceof Long revision) || revision < 1
                    || !(map.get("chunks") instanceof Long chunks) || chunks < 1 || chunks > 100_000
                    || !(map.get("length") instanceof Long length) || length < 0 || length > Integer.MAX_VALUE
                    || !(map.get("sha256") instanceof String sha) || sha.length() != 64) {
                throw new CorruptValueException(key, "its description is not readable");
            }
            if (length > chunks * ChunkedSettingsStore.CHUNK_LENGTH
                    || length <= (chunks - 1) * ChunkedSettingsStore.CHUNK_LENGTH) {
                throw new CorruptValueException(key, "its length does not fit its " + chunks + " parts");
            }
            return new StoredHead(expected, revision, Math.toIntExact(chunks), Math.toIntExact(length), sha);
        } catch (JsonException e) {
            throw new CorruptValueException(key, "its description is not readable (" + e.getMessage() + ")");
        }
    }

    /** The head as stored: schema 2, behind the marker. */
    String toText() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schema", schema);
        json.put("revision", revision);
        json.put("chunks", (long) chunks);
        json.put("length", (long) length);
        json.put("sha256", sha256);
        return StoredText.MARKER + Json.write(json);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
