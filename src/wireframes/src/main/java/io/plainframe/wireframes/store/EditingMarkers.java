package io.plainframe.wireframes.store;

import io.plainframe.licensing.host.SettingsStore;
import io.plainframe.licensing.json.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Who has a wireframe open in the editor, as short-lived markers in the plugin's settings ({@code wf.editing.<id>},
 * shared by every node of a cluster): each editor's page refreshes its marker every {@link #HEARTBEAT} and removes
 * it when the editor closes; a marker not refreshed for {@link #EXPIRY} (a closed tab, a dead node) no longer
 * counts and is pruned by the next write. Every write is a compare-and-set, retried when another node wrote first,
 * so no marker is lost to a race. At most {@link #MAX_MARKERS} are kept: when more editors than that have it open,
 * the one seen longest ago makes room. Markers are a courtesy notice, never a lock: nobody is kept from saving.
 */
public final class EditingMarkers {

    /** How often an open editor refreshes its marker. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(30);
    /** How long a marker counts without a refresh: three heartbeats, so one lost request does not drop it. */
    public static final Duration EXPIRY = Duration.ofSeconds(90);
    /** The most markers kept per wireframe. */
    public static final int MAX_MARKERS = 8;
    private static final int ATTEMPTS = 10;

    private final SettingsStore settings;
    private final Clock clock;

    public EditingMarkers(SettingsStore settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One editor with the wireframe open.
     *
     * @param userKey who
     * @param since   when they opened it (kept across refreshes)
     * @param seen    their last refresh
     */
    public record Marker(String userKey, Instant since, Instant seen) {

        public Marker {
            Objects.requireNonNull(userKey, "userKey");
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(seen, "seen");
        }
    }

    /**
     * Sets or refreshes the user's marker.
     *
     * @return the other editors with it open now, longest open first
     */
    public List<Marker> heartbeat(WireframeId id, String userKey) {
        Instant now = clock.instant();
        List<Marker> written = update(id, markers -> {
            Optional<Marker> own = markers.stream().filter(marker -> marker.userKey().equals(userKey)).findFirst();
            markers.removeIf(marker -> marker.userKey().equals(userKey));
            markers.add(new Marker(userKey, own.map(Marker::since).orElse(now), now));
            markers.sort(Comparator.comparing(Marker::seen).reversed());
            while (markers.size() > MAX_MARKERS) {
                markers.remove(markers.size() - 1);
            }
        });
        return others(written, userKey);
    }

    /** Removes the user's marker (they closed the editor). */
    public void left(WireframeId id, String userKey) {
        update(id, markers -> markers.removeIf(marker -> marker.userKey().equals(userKey)));
    }

    /** The editors with it open now, longest open first. */
    public List<Marker> current(WireframeId id) {
        return fresh(settings.read(key(id)).map(stored -> parse(stored.value())).orElse(List.of()), clock.instant());
    }

    private List<Marker> update(WireframeId id, Consumer<List<Marker>> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<SettingsStore.Versioned> stored = settings.read(key(id));
            List<Marker> markers = new ArrayList<>(fresh(stored.map(value -> parse(value.value())).orElse(List.of()),
                    clock.instant()));
            change.accept(markers);
            String next = write(markers);
            // Nothing to write: a leave with no marker, on no record or an unchanged one.
            if (stored.isEmpty() ? markers.isEmpty() : next.equals(stored.get().value())) {
                return markers;
            }
            if (settings.compareAndSet(key(id), stored.map(SettingsStore.Versioned::revision).orElse(0L),
                    next).isPresent()) {
                return markers;
            }
        }
        throw new IllegalStateException("the editing markers of wireframe " + id + " kept changing");
    }

    private static List<Marker> others(List<Marker> markers, String userKey) {
        return markers.stream().filter(marker -> !marker.userKey().equals(userKey))
                .sorted(Comparator.comparing(Marker::since)).toList();
    }

    /** The markers refreshed within the expiry, longest open first. */
    private static List<Marker> fresh(List<Marker> markers, Instant now) {
        Instant cutoff = now.minus(EXPIRY);
        return markers.stream().filter(marker -> marker.seen().isAfter(cutoff))
                .sorted(Comparator.comparing(Marker::since)).toList();
    }

    /** Stored markers; an entry that is not one is dropped (markers are short-lived, never worth a failure). */
    private static List<Marker> parse(String json) {
        List<Marker> markers = new ArrayList<>();
        Object parsed;
        try {
            parsed = Json.parse(json);
        } catch (RuntimeException e) {
            return markers;
        }
        if (parsed instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof Map<?, ?> map && map.get("user") instanceof String user
                        && map.get("since") instanceof Long since && map.get("seen") instanceof Long seen
                        && markers.size() < MAX_MARKERS) {
                    markers.add(new Marker(user, Instant.ofEpochMilli(since), Instant.ofEpochMilli(seen)));
                }
            }
        }
        return markers;
    }

    private static String write(List<Marker> markers) {
        List<Object> json = new ArrayList<>();
        for (Marker marker : markers) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("user", marker.userKey());
            entry.put("since", marker.since().toEpochMilli());
            entry.put("seen", marker.seen().toEpochMilli());
            json.add(entry);
        }
        return Json.write(json);
    }

    private static String key(WireframeId id) {
        return "wf.editing." + id.value();
    }
}
