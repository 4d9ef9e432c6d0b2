package io.plainframe.licensing.seat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The queue places of group editors an admin's change of the editors group dropped, so that changing the group
 * back (a typo fixed, a wrong group picked) gives them their place again rather than the end of the queue. Kept
 * for {@link #KEEP} after the change and for at most {@link #MAX_ENTRIES} editors (the earliest seated, who have
 * the most to lose); an editor who returns through the group takes their remembered seated-since, once.
 *
 * @param entries the remembered places, earliest seated first, one per user key
 */
public record SeatMemory(List<Entry> entries) {

    /** How long a dropped editor's place is kept. */
    public static final Duration KEEP = Duration.ofDays(30);
    /** Places kept at most, so the stored state stays bounded whatever admins do. */
    public static final int MAX_ENTRIES = 1000;

    public static final SeatMemory EMPTY = new SeatMemory(List.of());

    private static final Comparator<Entry> EARLIEST_FIRST = Comparator.comparing(Entry::seatedSince)
            .thenComparing(Entry::userKey);

    /**
     * One remembered place.
     *
     * @param userKey     the host's user key
     * @param seatedSince the place they held
     * @param keptUntil   when it is forgotten
     */
    public record Entry(String userKey, Instant seatedSince, Instant keptUntil) {

        public Entry {
            Objects.requireNonNull(userKey, "userKey");
            Objects.requireNonNull(seatedSince, "seatedSince");
            Objects.requireNonNull(keptUntil, "keptUntil");
        }
    }

    public SeatMemory {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(EARLIEST_FIRST);
        if (sorted.stream().map(Entry::userKey).distinct().count() != sorted.size()) {
            throw new IllegalArgumentException("a user is remembered twice");
        }
        entries = List.copyOf(sorted.subList(0, Math.min(MAX_ENTRIES, sorted.size())));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The remembered places by user key, for entries still kept at this time. */
    public Map<String, Instant> placesAt(Instant now) {
        Map<String, Instant> places = new HashMap<>();
        for (Entry entry : entries) {
            if (entry.keptUntil().isAfter(now)) {
                places.put(entry.userKey(), entry.seatedSince());
            }
        }
        return places;
    }

    /** This memory with these editors' places added (a newer entry replaces an older one of the same user). */
    public SeatMemory remember(Collection<Editor> dropped, Instant now) {
        if (dropped.isEmpty()) {
            return this;
        }
        Map<String, Entry> byKey = new HashMap<>();
        entries.forEach(entry -> byKey.put(entry.userKey(), entry));
        for (Editor editor : dropped) {
            byKey.put(editor.userKey(), new Entry(editor.userKey(), editor.seatedSince(), now.plus(KEEP)));
        }
        return new SeatMemory(new ArrayList<>(byKey.values()));
    }

    /** This memory without expired entries and without the users who are editors again. */
    public SeatMemory without(Set<String> editorKeys, Instant now) {
        List<Entry> kept = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.keptUntil().isAfter(now) && !editorKeys.contains(entry.userKey())) {
                kept.add(entry);
            }
        }
        return kept.size() == entries.size() ? this : new SeatMemory(kept);
    }
}
