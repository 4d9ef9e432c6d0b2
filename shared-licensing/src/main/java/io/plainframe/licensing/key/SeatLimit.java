package io.plainframe.licensing.key;

import java.util.Optional;

/**
 * How many editors a license seats: a positive number, or unlimited.
 *
 * @param count the number of seats; {@link Integer#MAX_VALUE} stands for unlimited
 */
public record SeatLimit(int count) implements Comparable<SeatLimit> {

    /** More editors than any license is sold for; larger numbers are refused as typing mistakes. */
    public static final int MAX_COUNT = 1_000_000;

    private static final String UNLIMITED_TEXT = "unlimited";
    private static final SeatLimit UNLIMITED = new SeatLimit(Integer.MAX_VALUE);

    public SeatLimit {
        if (count < 1 || (count > MAX_COUNT && count != Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("a seat limit is 1 to " + MAX_COUNT + " or unlimited, not " + count);
        }
    }

    public static SeatLimit of(int count) {
        return new SeatLimit(count);
    }

    public static SeatLimit unlimited() {
        return UNLIMITED;
    }

    public boolean isUnlimited() {
        return count == Integer.MAX_VALUE;
    }

    /** Whether this many editors fit. */
    public boolean admits(int editors) {
        return editors <= count;
    }

    /**
     * Reads {@code unlimited} or a plain decimal number (no sign, no leading zero, no grouping): the only
     * forms keys and the command line use.
     */
    public static Optional<SeatLimit> parse(String text) {
        if (UNLIMITED_TEXT.equals(text)) {
            return Optional.of(UNLIMITED);
        }
        if (text.isEmpty() || text.length() > 7 || text.charAt(0) == '0') {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        int value = Integer.parseInt(text);
        return value <= MAX_COUNT ? Optional.of(new SeatLimit(value)) : Optional.empty();
    }

    @Override
    public int compareTo(SeatLimit other) {
        return Integer.compare(count, other.count);
    }

    /** {@code unlimited} or the number: the form written into keys and JSON. */
    @Override
    public String toString() {
        return isUnlimited() ? UNLIMITED_TEXT : Integer.toString(count);
    }
}
