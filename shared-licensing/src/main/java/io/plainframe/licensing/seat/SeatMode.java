package io.plainframe.licensing.seat;

import java.util.Locale;
import java.util.Optional;

/** Who may edit: the selected editors, or everyone the host lets edit (where the license allows it). */
public enum SeatMode {
    SELECTED,
    EVERYONE;

    /** The stable name used in stored state and JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SeatMode> fromId(String id) {
        for (SeatMode mode : values()) {
            if (mode.id().equals(id)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
