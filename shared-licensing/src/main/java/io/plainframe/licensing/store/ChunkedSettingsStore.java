package io.plainframe.licensing.store;

import io.plainframe.licensing.host.ClusterLocks;
import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.host.KeyValueStore;
import io.plainframe.licensing.host.SettingsStore;
import io.plainframe.licensing.json.Json;
import io.plainframe.licensing.json.JsonException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Versioned values over plain string settings, under one namespace.
 *
 * <p>A value is stored as a <em>head</em> under its key ({@code {"schema":1,"revision":7,"chunks":2,
 * "length":...,"sha256":...}}) and its text in chunks of at most {@link #CHUNK_LENGTH} characters under
 * {@code key#revision.index}, so no single stored value grows without bound. A write takes the cluster lock,
 * checks the revision, writes the new chunks, then the head (the switch readers see), then removes the old
 * chunks: a reader sees the old value or the new, never half of one. A value whose chunks do not match the
 * head's length and checksum is reported as corrupt and never overwritten.
 */
public final class ChunkedSettingsStore implements SettingsStore {

    /** Characters per stored chunk: well within what every host's settings table holds. */
    public static final int CHUNK_LENGTH = 30_000;
    /** The schema of heads this code writes. */
    static final long SCHEMA = 1;

    private static final int READ_ATTEMPTS = 5;

    private final KeyValueStore settings;
    private final ClusterLocks locks;
    private final String namespace;

    /**
     * @param namespace prefix of every key written, for example {@code io.plainframe.}
     */
    public ChunkedSettingsStore(KeyValueStore settings, ClusterLocks locks, String namespace) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    @Override
    public Optional<Versioned> read(String key) {
        CorruptValueException problem = null;
        for (int attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
            String headText = settings.get(namespace + key);
            if (headText == null) {
                return Optional.empty();
            }
            Head head = Head.parse(key, headText);
            try {
                return Optional.of(new Versioned(assemble(key, head), head.revision()));
            } catch (CorruptValueException e) {
                // A writer may have replaced the value between our reads: only a stable head proves damage.
                problem = e;
                if (headText.equals(settings.get(namespace + key))) {
                    throw e;
                }
            }
        }
        throw problem;
    }

    @Override
    public long revision(String key) {
        String headText = settings.get(namespace + key);
        if (headText == null) {
            return 0;
        }
        try {
            return Head.parse(key, headText).revision();
        } catch (CorruptValueException e) {
            return -1; // differs from every real revision, so whoever polls reads the value and sees the damage
        }
    }

    @Override
    public OptionalLong compareAndSet(String key, long expectedRevision, String value) {
        Objects.requireNonNull(value, "value");
        return locks.locked(namespace + key, () -> {
            String headText = settings.get(namespace + key);
            Head current = headText == null ? null : Head.parse(key, headText);
            long revision = current == null ? 0 : current.revision();
            if (revision != expectedRevision) {
                return OptionalLong.empty();
            }
            long next = revision + 1;
            int chunks = Math.max(1, (value.length() + CHUNK_LENGTH - 1) / CHUNK_LENGTH);
            for (int i = 0; i < chunks; i++) {
                settings.put(chunkKey(key, next, i),
                        value.substring(i * CHUNK_LENGTH, Math.min(value.length(), (i + 1) * CHUNK_LENGTH)));
            }
            settings.put(namespace + key, new Head(next, chunks, value.length(), sha256(value)).toJson());
            if (current != null) {
                for (int i = 0; i < current.chunks(); i++) {
                    settings.remove(chunkKey(key, current.revision(), i));
                }
            }
            return OptionalLong.of(next);
        });
    }

    private String assemble(String key, Head head) {
        StringBuilder value = new StringBuilder(head.length());
        for (int i = 0; i < head.chunks(); i++) {
            String chunk = settings.get(chunkKey(key, head.revision(), i));
            if (chunk == null) {
                throw new CorruptValueException(key, "part " + (i + 1) + " of " + head.chunks() + " is missing");
            }
            value.append(chunk);
        }
        if (value.length() != head.length() || !MessageDigest.isEqual(
                sha256(value.toString()).getBytes(StandardCharsets.US_ASCII),
                head.sha256().getBytes(StandardCharsets.US_ASCII))) {
            throw new CorruptValueException(key, "its text does not match its checksum");
        }
        return value.toString();
    }

    private String chunkKey(String key, long revision, int index) {
        return namespace + key + "#" + revision + "." + index;
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The stored description of a value. */
    record Head(long revision, int chunks, int length, String sha256) {

        static Head parse(String key, String text) {
            try {
                Object json = Json.parse(text);
                if (!(json instanceof Map<?, ?> map) || !Long.valueOf(SCHEMA).equals(map.get("schema"))
                        || !(map.get("revision") instanceof Long revision) || revision < 1
                        || !(map.get("chunks") instanceof Long chunks) || chunks < 1 || chunks > 100_000
                        || !(map.get("length") instanceof Long length) || length < 0 || length > Integer.MAX_VALUE
                        || !(map.get("sha256") instanceof String sha) || sha.length() != 64) {
                    throw new CorruptValueException(key, "its description is not readable");
                }
                return new Head(revision, Math.toIntExact(chunks), Math.toIntExact(length), sha);
            } catch (JsonException e) {
                throw new CorruptValueException(key, "its description is not readable (" + e.getMessage() + ")");
            }
        }

        String toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("schema", SCHEMA);
            json.put("revision", revision);
            json.put("chunks", (long) chunks);
            json.put("length", (long) length);
            json.put("sha256", sha256);
            return Json.write(json);
        }
    }
}
