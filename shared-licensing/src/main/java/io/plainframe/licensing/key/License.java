package io.plainframe.licensing.key;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a vendor key says, decoded; whether it may be trusted is decided by
 * {@code io.plainframe.licensing.check.LicenseValidator}, never by holding one of these.
 *
 * @param keyId            the id of the signing key (a fingerprint of its public key)
 * @param licenseId        this license's id, for example {@code PF-7KX3-M9QD-2RTA}
 * @param product          the product the license is for
 * @param licensee         the licensee organisation
 * @param email            a contact address, or {@code null}
 * @param type             commercial, academic, community, open-source or evaluation
 * @param editors          how many editor seats
 * @param purchaseDate     the purchase date, {@code null} for an evaluation
 * @param maintenanceStart the first day of maintenance (of the evaluation)
 * @param maintenanceEnd   the last day of maintenance (of the evaluation), inclusive
 * @param supersedes       the license id this one replaces (upgrade, renewal), or {@code null}
 * @param issuedAt         when the key was signed, to the second
 */
public record License(
        String keyId,
        String licenseId,
        Product product,
        String licensee,
        String email,
        LicenseType type,
        SeatLimit editors,
        LocalDate purchaseDate,
        LocalDate maintenanceStart,
        LocalDate maintenanceEnd,
        String supersedes,
        Instant issuedAt) {

    /** Longest licensee name a key carries. */
    public static final int MAX_LICENSEE_LENGTH = 200;
    /** Longest contact address (RFC 5321). */
    public static final int MAX_EMAIL_LENGTH = 254;
    /** Dates in keys lie in these years, so every date has one ten-character spelling. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2999;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    public License {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(licenseId, "licenseId");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(licensee, "licensee");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(editors, "editors");
        Objects.requireNonNull(maintenanceStart, "maintenanceStart");
        Objects.requireNonNull(maintenanceEnd, "maintenanceEnd");
        Objects.requireNonNull(issuedAt, "issuedAt");
        if (!Fields.isKeyId(keyId)) {
            throw new IllegalArgumentException("keyId is 1 to 32 of a-z, 0-9 and -: " + keyId);
        }
        if (!Fields.isLicenseId(licenseId) || (supersedes != null && !Fields.isLicenseId(supersedes))) {
            throw new IllegalArgumentException("a license id is 1 to 40 of A-Z, 0-9 and -");
        }
        if (!Fields.isLicensee(licensee)) {
            throw new IllegalArgumentException("licensee is 1 to " + MAX_LICENSEE_LENGTH
                    + " printable characters without surrounding spaces");
        }
        if (email != null && !Fields.isEmail(email)) {
            throw new IllegalArgumentException("email is not an address: " + email);
        }
        if ((type == LicenseType.EVALUATION) != (purchaseDate == null)) {
            throw new IllegalArgumentException("an evaluation has no purchase date, every other license has one");
        }
        for (LocalDate date : new LocalDate[] {purchaseDate, maintenanceStart, maintenanceEnd}) {
            if (date != null && !acceptsDate(date)) {
                throw new IllegalArgumentException("dates in keys lie in the years " + FIRST_YEAR + " to "
                        + LAST_YEAR + ", not " + date);
            }
        }
        if (maintenanceEnd.isBefore(maintenanceStart)) {
            throw new IllegalArgumentException("maintenance ends before it starts");
        }
        if (issuedAt.getNano() != 0) {
            throw new IllegalArgumentException("issuedAt is kept to the second");
        }
    }

    public boolean isEvaluation() {
        return type == LicenseType.EVALUATION;
    }

    /** Whether a build made on this (UTC) date may use the license: SPEC 2.5, end date inclusive. */
    public boolean covers(LocalDate buildDate) {
        return !buildDate.isAfter(maintenanceEnd);
    }

    /** Whether a date can go into a key: years {@value #FIRST_YEAR} to {@value #LAST_YEAR}. */
    public static boolean acceptsDate(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /** A date written exactly {@code yyyy-MM-dd} that can go into a key, or empty. */
    public static Optional<LocalDate> parseDate(String text) {
        if (text == null || text.length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, DATE)).filter(License::acceptsDate);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether a licensee name can go into a key: 1 to 200 printable characters, no surrounding spaces. */
    public static boolean acceptsLicensee(String licensee) {
        return licensee != null && Fields.isLicensee(licensee);
    }

    /** Whether a contact address can go into a key. */
    public static boolean acceptsEmail(String email) {
        return email != null && Fields.isEmail(email);
    }

    /** Whether a text is a license id: 1 to 40 of A-Z, 0-9 and -. */
    public static boolean acceptsLicenseId(String licenseId) {
        return licenseId != null && Fields.isLicenseId(licenseId);
    }
}
