package io.plainframe.licensing.key;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The canonical signed bytes of a license (format version 1) and their strict reading.
 *
 * <p>Strict on purpose: every license has exactly one encoding, so {@code encode(decode(bytes))} gives the
 * same bytes back, and anything else (unknown or repeated fields, wrong order, trailing bytes, malformed
 * UTF-8, non-canonical numbers and dates) is refused as damaged before any signature is looked at.
 */
public final class KeyPayload {

    /** The format this code writes; a key declares its format in its first byte. */
    public static final int FORMAT_VERSION = 1;

    /** The fields of format 1. The tag numbers are the format: never renumber, only add. */
    enum Field {
        KEY_ID(1, true, "keyId"),
        LICENSE_ID(2, true, "licenseId"),
        PRODUCT(3, true, "product"),
        LICENSEE(4, true, "licensee"),
        EMAIL(5, false, "email"),
        TYPE(6, true, "type"),
        EDITORS(7, true, "editors"),
        PURCHASE_DATE(8, false, "purchaseDate"),
        MAINTENANCE_START(9, true, "maintenanceStart"),
        MAINTENANCE_END(10, true, "maintenanceEnd"),
        SUPERSEDES(11, false, "supersedes"),
        ISSUED_AT(12, true, "issuedAt");

        final int tag;
        final boolean required;
        final String jsonName;

        Field(int tag, boolean required, String jsonName) {
            this.tag = tag;
            this.required = required;
            this.jsonName = jsonName;
        }

        static Field byTag(int tag) {
            for (Field field : values()) {
                if (field.tag == tag) {
                    return field;
                }
            }
            return null;
        }
    }

    private static final int MAX_FIELD_BYTES = 1024;
    /**
     * Versions above this are damage, not newer formats: formats are made rarely, and a changed first
     * character must not send an admin looking for an update that does not exist.
     */
    private static final int LAST_PLAUSIBLE_VERSION = 4;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private KeyPayload() {
    }

    /** The canonical bytes of a license: what is signed. */
    public static byte[] encode(License license) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.write(FORMAT_VERSION);
        write(out, Field.KEY_ID, license.keyId());
        write(out, Field.LICENSE_ID, license.licenseId());
        write(out, Field.PRODUCT, license.product().id());
        write(out, Field.LICENSEE, license.licensee());
        write(out, Field.EMAIL, license.email());
        write(out, Field.TYPE, license.type().id());
        write(out, Field.EDITORS, license.editors().toString());
        write(out, Field.PURCHASE_DATE, license.purchaseDate() == null ? null : DATE.format(license.purchaseDate()));
        write(out, Field.MAINTENANCE_START, DATE.format(license.maintenanceStart()));
        write(out, Field.MAINTENANCE_END, DATE.format(license.maintenanceEnd()));
        write(out, Field.SUPERSEDES, license.supersedes());
        write(out, Field.ISSUED_AT, license.issuedAt().toString());
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, Field field, String value) {
        if (value == null) {
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_FIELD_BYTES) {
            throw new IllegalArgumentException(field.jsonName + " is longer than a key may carry");
        }
        out.write(field.tag);
        out.write(bytes.length >>> 8);
        out.write(bytes.length & 0xff);
        out.write(bytes, 0, bytes.length);
    }

    /**
     * Reads the signed bytes of a key.
     *
     * @throws MalformedKeyException when they are not exactly a format 1 license
     */
    public static License decode(byte[] payload) {
        if (payload.length == 0) {
            throw incomplete();
        }
        checkVersion(payload[0] & 0xff);
        String[] values = new String[Field.values().length];
        int lastTag = 0;
        int position = 1;
        while (position < payload.length) {
            if (position + 3 > payload.length) {
                throw incomplete();
            }
            int tag = payload[position] & 0xff;
            int length = ((payload[position + 1] & 0xff) << 8) | (payload[position + 2] & 0xff);
            position += 3;
            Field field = Field.byTag(tag);
            if (field == null || tag <= lastTag) {
                throw damaged("layout");
            }
            if (length > MAX_FIELD_BYTES || position + length > payload.length) {
                throw incomplete();
            }
            values[field.ordinal()] = utf8(payload, position, length, field);
            position += length;
            lastTag = tag;
        }
        for (Field field : Field.values()) {
            if (field.required && values[field.ordinal()] == null) {
                throw incomplete();
            }
        }
        return toLicense(values);
    }

    static void checkVersion(int version) {
        if (version == 0 || version > LAST_PLAUSIBLE_VERSION) {
            throw damaged("version");
        }
        if (version != FORMAT_VERSION) {
            throw new MalformedKeyException("plainframe.license.malformed.version", version);
        }
    }

    private static License toLicense(String[] values) {
        String keyId = text(values, Field.KEY_ID, Fields::isKeyId);
        String licenseId = text(values, Field.LICENSE_ID, Fields::isLicenseId);
        Product product = value(values, Field.PRODUCT, Product::fromId);
        String licensee = text(values, Field.LICENSEE, Fields::isLicensee);
        String email = text(values, Field.EMAIL, Fields::isEmail);
        LicenseType type = value(values, Field.TYPE, LicenseType::fromId);
        SeatLimit editors = value(values, Field.EDITORS, SeatLimit::parse);
        LocalDate purchased = value(values, Field.PURCHASE_DATE, KeyPayload::date);
        LocalDate start = value(values, Field.MAINTENANCE_START, KeyPayload::date);
        LocalDate end = value(values, Field.MAINTENANCE_END, KeyPayload::date);
        String supersedes = text(values, Field.SUPERSEDES, Fields::isLicenseId);
        Instant issuedAt = value(values, Field.ISSUED_AT, KeyPayload::instant);
        if ((type == LicenseType.EVALUATION) != (purchased == null)) {
            throw damaged(Field.PURCHASE_DATE.jsonName);
        }
        if (end.isBefore(start)) {
            throw damaged(Field.MAINTENANCE_END.jsonName);
        }
        return new License(keyId, licenseId, product, licensee, email, type, editors, purchased, start, end,
                supersedes, issuedAt);
    }

    private static String text(String[] values, Field field, Predicate<String> valid) {
        String value = values[field.ordinal()];
        if (value != null && !valid.test(value)) {
            throw damaged(field.jsonName);
        }
        return value;
    }

    private static <T> T value(String[] values, Field field, Function<String, Optional<T>> parser) {
        String value = values[field.ordinal()];
        if (value == null) {
            return null;
        }
        return parser.apply(value).orElseThrow(() -> damaged(field.jsonName));
    }

    /** A date in exactly the form {@code yyyy-MM-dd}, years 2000 to 2999. */
    static Optional<LocalDate> date(String text) {
        return License.parseDate(text);
    }

    private static Optional<Instant> instant(String text) {
        try {
            Instant instant = Instant.parse(text);
            return instant.toString().equals(text) && instant.getNano() == 0 ? Optional.of(instant) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String utf8(byte[] payload, int offset, int length, Field field) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload, offset, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw damaged(field.jsonName);
        }
    }

    static MalformedKeyException incomplete() {
        return new MalformedKeyException("plainframe.license.malformed.incomplete");
    }

    static MalformedKeyException damaged(String part) {
        return new MalformedKeyException("plainframe.license.malformed.damaged", part);
    }
}
