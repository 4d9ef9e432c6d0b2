package io.plainframe.licensing.state;

import io.plainframe.licensing.seat.SeatMode;
import java.util.Objects;

/**
 * The admin's choices.
 *
 * @param mode         selected editors, or everyone the host lets edit
 * @param editorsGroup the host group whose members are editors
 */
public record Settings(SeatMode mode, String editorsGroup) {

    /** The default editors group (SPEC 3); suffixed names keep Confluence and Jira pools apart. */
    public static final String DEFAULT_GROUP = "plainframe-editors";
    /** Longest group name accepted (Atlassian's Crowd allows 255). */
    public static final int MAX_GROUP_LENGTH = 255;

    public static final Settings DEFAULTS = new Settings(SeatMode.SELECTED, DEFAULT_GROUP);

    public Settings {
        Objects.requireNonNull(mode, "mode");
        if (!acceptsGroup(editorsGroup)) {
            throw new IllegalArgumentException("not a group name: " + editorsGroup);
        }
    }

    /** A group name: 1 to 255 characters, no control characters, no half surrogate pairs, no surrounding spaces. */
    public static boolean acceptsGroup(String name) {
        return name != null && !name.isEmpty() && name.length() <= MAX_GROUP_LENGTH
                && name.strip().equals(name) && name.chars().noneMatch(Character::isISOControl)
                && name.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE);
    }
}
