package io.plainframe.licensing.seat;


/**
 * Who holds a seat under a number of seats: the first {@code seats} editors in seat order who queue
 * (active or missing) hold one; active editors after them wait. One pass over the roster.
 */
public final class SeatAllocation {

    /** Stands for an unlimited number of seats. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    private final Roster roster;
    private final int seats;
    private final EditorState[] states;
    private final int used;
    private final int waiting;

    private SeatAllocation(Roster roster, int seats) {
        this.roster = roster;
        this.seats = seats;
        this.states = new EditorState[roster.size()];
        int holders = 0;
        int queued = 0;
        for (int i = 0; i < states.length; i++) {
            Editor editor = roster.editors().get(i);
            EditorState state;
            if (!editor.queues()) {
                state = EditorState.INACTIVE;
            } else {
                boolean holdsSeat = holders < seats;
                if (holdsSeat) {
                    holders++;
                }
                if (editor.status() == EditorStatus.MISSING) {
                    state = EditorState.MISSING;
                } else if (holdsSeat) {
                    state = EditorState.LICENSED;
                } else {
                    state = EditorState.WAITING;
                    queued++;
                }
            }
            states[i] = state;
        }
        this.used = holders;
        this.waiting = queued;
    }

    /**
     * @param seats how many seats: 0 when there is no license, {@link #UNLIMITED} for unlimited
     */
    public static SeatAllocation of(Roster roster, int seats) {
        if (seats < 0) {
            throw new IllegalArgumentException("seats cannot be negative");
        }
        return new SeatAllocation(roster, seats);
    }

    public Roster roster() {
        return roster;
    }

    /** The number of seats; {@link #UNLIMITED} for unlimited. */
    public int seats() {
        return seats;
    }

    /** Seats held, by licensed editors and by missing editors who keep theirs. */
    public int used() {
        return used;
    }

    /** Active editors waiting for a seat. */
    public int waiting() {
        return waiting;
    }

    /** Seats still free; {@link #UNLIMITED} for unlimited. */
    public int free() {
        return seats == UNLIMITED ? UNLIMITED : Math.max(0, seats - used);
    }

    /** The state of the editor at this position of the roster's seat order. */
    public EditorState stateAt(int index) {
        return states[index];
    }

    /** The editor's state, or {@code null} when the user is not an editor. */
    public EditorState stateOf(String userKey) {
        int position = roster.positionOf(userKey);
        return position < 0 ? null : states[position];
    }
}
