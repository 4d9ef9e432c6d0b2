package io.plainframe.licensing.seat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All editors, kept in seat order: earliest seated-since first, ties by username (then by user key, so the
 * order is total). Kept sorted on every change, so computing who holds a seat is one pass, not a sort.
 */
public final class Roster {

    /** Seat order (SPEC 3): seated-since, then username, then user key (so the order is total). */
    public static final Comparator<Editor> SEAT_ORDER = (a, b) -> {
        int order = a.seatedSince().compareTo(b.seatedSince());
        if (order == 0) {
            order = a.username().compareTo(b.username());
        }
        return order != 0 ? order : a.userKey().compareTo(b.userKey());
    };

    private static final Roster EMPTY = new Roster(List.of(), new HashMap<>());

    private final List<Editor> editors;
    /** User key to position in {@link #editors}; never exposed or changed, so reading it needs no lock. */
    private final HashMap<String, Integer> positions;

    private Roster(List<Editor> editors, HashMap<String, Integer> positions) {
        this.editors = editors;
        this.positions = positions;
    }

    public static Roster empty() {
        return EMPTY;
    }

    /** A roster of these editors, one per user key; editors already in seat order (as stored) are not re-sorted. */
    public static Roster of(Collection<Editor> editors) {
        List<Editor> sorted = new ArrayList<>(editors);
        if (!inSeatOrder(sorted)) {
            sorted.sort(SEAT_ORDER);
        }
        HashMap<String, Integer> positions = new HashMap<>(Math.max(16, sorted.size() * 2));
        for (int i = 0; i < sorted.size(); i++) {
            if (positions.put(sorted.get(i).userKey(), i) != null) {
                throw new IllegalArgumentException("user " + sorted.get(i).userKey() + " is listed twice");
            }
        }
        return new Roster(List.copyOf(sorted), positions);
    }

    private static boolean inSeatOrder(List<Editor> editors) {
        for (int i = 1; i < editors.size(); i++) {
            if (SEAT_ORDER.compare(editors.get(i - 1), editors.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The editors in seat order. */
    public List<Editor> editors() {
        return editors;
    }

    public int size() {
        return editors.size();
    }

    public Optional<Editor> find(String userKey) {
        Integer position = positions.get(userKey);
        return position == null ? Optional.empty() : Optional.of(editors.get(position));
    }

    /** The user's position in seat order, or -1 when not an editor; allocates nothing. */
    public int positionOf(String userKey) {
        Integer position = positions.get(userKey);
        return position == null ? -1 : position;
    }

    public Optional<Editor> findByUsername(String username) {
        return editors.stream().filter(editor -> editor.username().equals(username)).findFirst();
    }

    /** This roster with the editors added or replaced. */
    public Roster with(Collection<Editor> changed) {
        return update(changed, List.of());
    }

    /** This roster with editors added or replaced and others removed, in one step. */
    public Roster update(Collection<Editor> changed, Collection<String> removedKeys) {
        Map<String, Editor> merged = new HashMap<>(Math.max(16, editors.size() * 2));
        for (Editor editor : editors) {
            merged.put(editor.userKey(), editor);
        }
        for (Editor editor : changed) {
            merged.put(editor.userKey(), editor);
        }
        for (String key : removedKeys) {
            merged.remove(key);
        }
        return of(merged.values());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Roster roster && roster.editors.equals(editors);
    }

    @Override
    public int hashCode() {
        return editors.hashCode();
    }

    @Override
    public String toString() {
        return "Roster" + editors;
    }
}
