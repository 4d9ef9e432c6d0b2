package io.plainframe.licensing.store;

import io.plainframe.licensing.host.ClusterLocks;
import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.host.KeyValueStore;
import io.plainframe.licensing.host.SettingsStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Versioned values over plain string settings, under one namespace.
 *
 * <p>A value is stored as a <em>head</em> under its key ({@code pf:{"schema":2,"revision":7,"chunks":2,
 * "length":...,"sha256":...}}) and its text, escaped to printable ASCII ({@link StoredText}), in chunks of at
 * most {@link #CHUNK_LENGTH} characters under {@code key#revision.index}, so no single stored value grows
 * without bound and a cut can never split a character. A write takes the cluster lock, checks the revision,
 * writes the new chunks, keeps the head it replaces as the previous revision ({@code key#previous}), writes
 * the new head (the switch readers see), then removes the chunks of the revision before that: a reader sees
 * the old value or the new, never half of one, and one good revision before the current is kept for an
 * admin to go back to. A value whose chunks do not match the head's length and checksum is reported as
 * corrupt and never overwritten (a write verifies the value it replaces), except by {@link #replaceDamaged}.
 * Values written by schema 1 (chunks of raw text, no marker) are still read.
 */
public final class ChunkedSettingsStore implements SettingsStore {

    /** Characters per stored chunk: well within what every host's settings table holds. */
    public static final int CHUNK_LENGTH = 30_000;

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
            try {
                StoredHead head = StoredHead.parse(key, headText);
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
    public Optional<Versioned> readPrevious(String key) {
        String headText = settings.get(previousKey(key));
        if (headText == null) {
            return Optional.empty();
        }
        StoredHead head = StoredHead.parse(key, headText);
        return Optional.of(new Versioned(assemble(key, head), head.revision()));
    }

    @Override
    public long revision(String key) {
        String headText = settings.get(namespace + key);
        if (headText == null) {
            return 0;
        }
        try {
            return StoredHead.parse(key, headText).revision();
        } catch (CorruptValueException e) {
            return -1; // differs from every real revision, so whoever polls reads the value and sees the damage
        }
    }

    @Override
    public OptionalLong compareAndSet(String key, long expectedRevision, String value) {
        Objects.requireNonNull(value, "value");
        return locks.locked(namespace + key, () -> {
            String headText = settings.get(namespace + key);
            StoredHead current = headText == null ? null : StoredHead.parse(key, headText);
            long revision = current == null ? 0 : current.revision();
            if (revision != expectedRevision) {
                return OptionalLong.empty();
            }
            if (current != null) {
                // A write replaces only what it could have read: a damaged value stays for recovery to decide.
                assemble(key, current);
            }
            String before = settings.get(previousKey(key));
            long next = current == null ? unusedRevision(key, before) : revision + 1;
            StoredHead written = writeChunks(key, next, value);
            if (current != null) {
                settings.put(previousKey(key), headText);
            }
            settings.put(namespace + key, written.toText());
            if (current != null && before != null) {
                removeChunksOf(key, before, current);
            }
            return OptionalLong.of(next);
        });
    }

    @Override
    public OptionalLong replaceDamaged(String key, String value) {
        Objects.requireNonNull(value, "value");
        return locks.locked(namespace + key, () -> {
            try {
                read(key);
                return OptionalLong.empty(); // readable: an ordinary write must decide
            } catch (CorruptValueException damaged) {
                // Past every revision either head names, so whoever polls sees a change; the damaged chunks
                // stay where they are for whoever looks into what happened.
                long next = Math.max(headRevision(key, settings.get(namespace + key)),
                        headRevision(key, settings.get(previousKey(key)))) + 1;
                settings.put(namespace + key, writeChunks(key, next, value).toText());
                return OptionalLong.of(next);
            }
        });
    }

    /**
     * The revision for a value whose head is missing: 1 for a new value, but when the host lost the head and kept
     * the previous one, past that head and past every revision whose chunks are still there (the lost head's
     * among them), so nothing another node cached or a reader still holds is reused, and no chunk is written
     * over; the previous head stays as the last good value.
     */
    private long unusedRevision(String key, String previousHead) {
        long next = headRevision(key, previousHead) + 1;
        while (settings.get(chunkKey(key, next, 0)) != null) {
            next++;
        }
        return next;
    }

    private StoredHead writeChunks(String key, long revision, String value) {
        String ascii = StoredText.encode(value);
        int chunks = Math.max(1, (ascii.length() + CHUNK_LENGTH - 1) / CHUNK_LENGTH);
        for (int i = 0; i < chunks; i++) {
            settings.put(chunkKey(key, revision, i), StoredText.MARKER
                    + ascii.substring(i * CHUNK_LENGTH, Math.min(ascii.length(), (i + 1) * CHUNK_LENGTH)));
        }
        return new StoredHead(StoredHead.SCHEMA, revision, chunks, ascii.length(), StoredHead.sha256(ascii));
    }

    /** Removes the chunks of the revision two back, unless something still points at them. */
    private void removeChunksOf(String key, String headText, StoredHead current) {
        StoredHead old;
        try {
            old = StoredHead.parse(key, headText);
        } catch (CorruptValueException e) {
            return; // nothing can be known about its chunks; leaving them costs space, not correctness
        }
        if (old.revision() == current.revision()) {
            return;
        }
        for (int i = 0; i < old.chunks(); i++) {
            settings.remove(chunkKey(key, old.revision(), i));
        }
    }

    private static long headRevision(String key, String headText) {
        try {
            return headText == null ? 0 : StoredHead.parse(key, headText).revision();
        } catch (CorruptValueException e) {
            return 0;
        }
    }

    private String assemble(String key, StoredHead head) {
        // Sized by what is read, never by the head's word: a damaged length must not allocate gigabytes.
        StringBuilder text = new StringBuilder(Math.min(head.length(), CHUNK_LENGTH));
        for (int i = 0; i < head.chunks(); i++) {
            String chunk = settings.get(chunkKey(key, head.revision(), i));
            if (chunk == null) {
                throw new CorruptValueException(key, "part " + (i + 1) + " of " + head.chunks() + " is missing");
            }
            if (head.schema() == StoredHead.SCHEMA) {
                if (!chunk.startsWith(StoredText.MARKER)) {
                    throw new CorruptValueException(key, "part " + (i + 1) + " of " + head.chunks()
                            + " was not written by Plainframe");
                }
                text.append(chunk, StoredText.MARKER.length(), chunk.length());
            } else {
                text.append(chunk);
            }
        }
        String stored = text.toString();
        if (stored.length() != head.length() || !MessageDigest.isEqual(
                StoredHead.sha256(stored).getBytes(StandardCharsets.US_ASCII),
                head.sha256().getBytes(StandardCharsets.US_ASCII))) {
            throw new CorruptValueException(key, "its text does not match its checksum");
        }
        return head.schema() == StoredHead.SCHEMA ? StoredText.decode(stored, key) : stored;
    }

    private String chunkKey(String key, long revision, int index) {
        return namespace + key + "#" + revision + "." + index;
    }

    private String previousKey(String key) {
        return namespace + key + "#previous";
    }
}
