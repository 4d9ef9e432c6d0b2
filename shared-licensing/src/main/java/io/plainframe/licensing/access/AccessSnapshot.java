package io.plainframe.licensing.access;

import io.plainframe.licensing.check.LicenseCode;
import io.plainframe.licensing.seat.EditorState;
import io.plainframe.licensing.seat.Roster;
import io.plainframe.licensing.seat.SeatAllocation;
import io.plainframe.licensing.seat.SeatMode;
import io.plainframe.licensing.state.PlainframeState;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything needed to answer an access decision, computed once per change: the governing license, the
 * seat allocation and a decision per editor. Answering is a hash lookup and an array read; every decision
 * returned already exists, so nothing is allocated and nothing locks.
 */
public final class AccessSnapshot {

    private static final AccessDecision NO_VIEW = AccessDecision.of(false, false, AccessReason.NO_VIEW_PERMISSION);
    private static final AccessDecision ANONYMOUS = AccessDecision.of(true, false, AccessReason.ANONYMOUS);
    private static final AccessDecision NO_EDIT = AccessDecision.of(true, false, AccessReason.NO_EDIT_PERMISSION);
    private static final AccessDecision EDITOR = AccessDecision.of(true, true, AccessReason.EDITOR);
    private static final AccessDecision EVERYONE = AccessDecision.of(true, true, AccessReason.EVERYONE);
    private static final AccessDecision NO_SEAT = AccessDecision.of(true, false, AccessReason.NO_SEAT);
    private static final AccessDecision NO_LICENSE = AccessDecision.of(true, false, AccessReason.NO_LICENSE);
    private static final AccessDecision UNREADABLE = AccessDecision.of(true, false, AccessReason.STATE_UNREADABLE);

    private final PlainframeState state;
    private final GoverningLicense license;
    private final SeatAllocation allocation;
    private final SeatMode effectiveMode;
    private final long revision;
    private final LocalDate builtOn;
    /** When the license does not let anyone edit, or everyone may: the one answer for every user. */
    private final AccessDecision everyUser;
    /** Otherwise: the answer per editor, by seat-order position; non-editors get {@link #NO_SEAT}. */
    private final AccessDecision[] perEditor;

    private AccessSnapshot(PlainframeState state, GoverningLicense license, long revision, LocalDate builtOn,
                           boolean unreadable) {
        this.state = state;
        this.revision = revision;
        this.builtOn = builtOn;
        Roster roster = state.roster();
        this.allocation = SeatAllocation.of(roster, license.seats());
        this.license = license.withSeatUsage(allocation);
        this.effectiveMode = state.settings().mode() == SeatMode.EVERYONE && license.allowsEveryone()
                ? SeatMode.EVERYONE : SeatMode.SELECTED;
        if (unreadable) {
            this.everyUser = UNREADABLE;
        } else if (!license.valid()) {
            this.everyUser = license.source() == LicenseSource.NONE ? NO_LICENSE
                    : AccessDecision.of(true, false, AccessReason.LICENSE_INVALID, invalidCode(license));
        } else if (effectiveMode == SeatMode.EVERYONE) {
            this.everyUser = EVERYONE;
        } else {
            this.everyUser = null;
        }
        if (everyUser != null) {
            this.perEditor = null;
            return;
        }
        AccessDecision waiting = AccessDecision.of(true, false, AccessReason.WAITING_FOR_SEAT,
                license.seats());
        this.perEditor = new AccessDecision[roster.size()];
        for (int i = 0; i < perEditor.length; i++) {
            EditorState editorState = allocation.stateAt(i);
            perEditor[i] = editorState == EditorState.LICENSED ? EDITOR
                    : editorState == EditorState.WAITING ? waiting : NO_SEAT;
        }
    }

    private static String invalidCode(GoverningLicense license) {
        // An invalid license is the vendor key's whenever there is one (GoverningLicense.choose).
        return license.vendor().map(check -> check.code().name())
                .orElseGet(() -> license.marketplace().flatMap(m -> m.error()).map(Enum::name)
                        .orElse(LicenseCode.MALFORMED.name()));
    }

    /**
     * A snapshot of a state under its governing license.
     *
     * @param revision the stored revision the state was read at
     * @param builtOn  the UTC date the license was checked on (a new day may end an evaluation)
     */
    public static AccessSnapshot of(PlainframeState state, GoverningLicense license, long revision,
                                    LocalDate builtOn) {
        return new AccessSnapshot(Objects.requireNonNull(state), Objects.requireNonNull(license), revision,
                Objects.requireNonNull(builtOn), false);
    }

    /**
     * A snapshot for when the stored state cannot be read: viewing goes on, editing pauses, and the last
     * readable state (if any) is still shown to admins.
     */
    public static AccessSnapshot unreadable(PlainframeState lastReadable, GoverningLicense license, long revision,
                                            LocalDate builtOn) {
        return new AccessSnapshot(lastReadable, license, revision, builtOn, true);
    }

    /**
     * The decision for a user and a page or issue; allocates nothing.
     *
     * @param userKey     the user, or {@code null} for an anonymous visitor
     * @param hostMayView whether the host lets the user see the page or issue
     * @param hostMayEdit whether the host lets the user edit it
     */
    public AccessDecision decide(String userKey, boolean hostMayView, boolean hostMayEdit) {
        if (!hostMayView) {
            return NO_VIEW;
        }
        if (userKey == null) {
            return ANONYMOUS;
        }
        if (!hostMayEdit) {
            return NO_EDIT;
        }
        if (everyUser != null) {
            return everyUser;
        }
        int position = state.roster().positionOf(userKey);
        return position < 0 ? NO_SEAT : perEditor[position];
    }

    public PlainframeState state() {
        return state;
    }

    /** The governing license, with the seat warnings of this allocation. */
    public GoverningLicense license() {
        return license;
    }

    public SeatAllocation allocation() {
        return allocation;
    }

    /** The mode in force: "everyone" only while the license allows it. */
    public SeatMode effectiveMode() {
        return effectiveMode;
    }

    public long revision() {
        return revision;
    }

    public LocalDate builtOn() {
        return builtOn;
    }

    public boolean isUnreadable() {
        return everyUser == UNREADABLE;
    }
}
