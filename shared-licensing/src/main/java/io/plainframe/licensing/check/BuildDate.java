package io.plainframe.licensing.check;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The UTC date a plugin was built (SPEC 2.5), read from the bundle's {@code Atlassian-Build-Date} header.
 *
 * @param date    the build's date in UTC
 * @param assumed true when the header was missing or unreadable and today was taken instead
 */
public record BuildDate(LocalDate date, boolean assumed) {

    /** The manifest header UPM reads, and its format. */
    public static final String HEADER = "Atlassian-Build-Date";
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private static final System.Logger LOG = System.getLogger(BuildDate.class.getName());

    public BuildDate {
        Objects.requireNonNull(date, "date");
    }

    public static BuildDate of(LocalDate date) {
        return new BuildDate(date, false);
    }

    /**
     * The build date from the header's value; a missing or unreadable value counts as "built today", which
     * is logged so an admin can see why, and never locks anyone out.
     */
    public static BuildDate fromHeader(String value, Clock clock) {
        if (value != null) {
            try {
                return of(OffsetDateTime.parse(value.strip(), FORMAT).withOffsetSameInstant(ZoneOffset.UTC)
                        .toLocalDate());
            } catch (DateTimeParseException e) {
                LOG.log(System.Logger.Level.WARNING, "Unreadable " + HEADER + " header ''{0}''; treating this "
                        + "build as built today.", value);
                return new BuildDate(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), true);
            }
        }
        LOG.log(System.Logger.Level.WARNING, "No " + HEADER + " header; treating this build as built today.");
        return new BuildDate(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), true);
    }
}
