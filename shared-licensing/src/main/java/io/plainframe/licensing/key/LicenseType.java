package io.plainframe.licensing.key;

import java.util.Optional;

/** The kind of license bought (or not, for an evaluation). */
public enum LicenseType {
    COMMERCIAL("commercial"),
    ACADEMIC("academic"),
    COMMUNITY("community"),
    OPEN_SOURCE("open-source"),
    EVALUATION("evaluation");

    private final String id;

    LicenseType(String id) {
        this.id = id;
    }

    /** The stable name used in keys, JSON and on the command line. */
    public String id() {
        return id;
    }

    public static Optional<LicenseType> fromId(String id) {
        for (LicenseType type : values()) {
            if (type.id.equals(id)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
