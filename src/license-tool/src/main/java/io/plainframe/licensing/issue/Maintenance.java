package io.plainframe.licensing.issue;

import java.time.LocalDate;

/** Maintenance arithmetic: twelve months at a time, evaluations thirty days; all end dates inclusive. */
public final class Maintenance {

    /** Maintenance is sold twelve months at a time. */
    public static final int MONTHS = 12;
    /** An evaluation lasts thirty days from its issue date. */
    public static final int EVALUATION_DAYS = 30;

    private Maintenance() {
    }

    /**
     * The last day of twelve months of maintenance starting on {@code start}: the same day of the month a year
     * later (2026-01-15 to 2027-01-15), or the month's last day when that day does not exist (2024-02-29 to
     * 2025-02-28).
     */
    public static LocalDate twelveMonthsFrom(LocalDate start) {
        return start.plusMonths(MONTHS);
    }

    /** The last day of an evaluation issued on {@code issued}. */
    public static LocalDate evaluationEnd(LocalDate issued) {
        return issued.plusDays(EVALUATION_DAYS);
    }
}
