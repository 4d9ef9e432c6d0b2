package io.plainframe.licensing.key;

import static io.plainframe.licensing.Fixtures.license;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyPayloadTest {

    @Test
    void everyLicenseHasExactlyOneEncoding() {
        License original = license().editors(SeatLimit.unlimited()).email(null).supersedes("PF-OLD1").build();
        byte[] bytes = KeyPayload.encode(original);
        assertThat(KeyPayload.decode(bytes)).isEqualTo(original);
        assertThat(KeyPayload.encode(KeyPayload.decode(bytes))).isEqualTo(bytes);
    }

    @Test
    void fieldsAreWrittenAsFixedTagsAndTextNeverAsEnumOrdinals() {
        byte[] bytes = KeyPayload.encode(license().build());
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(bytes[0]).isEqualTo((byte) 1);
        assertThat(text).contains("confluence", "commercial", "2026-01-15", "2027-01-15", "Acme Ltd", "10");
        assertThat(bytes[1]).as("the first field is the key id, tag 1").isEqualTo((byte) 1);
    }

    @Test
    void theTagNumbersAreTheFormatAndNeverChange() {
        // Renumbering a tag would turn every key ever sold into a damaged one.
        Map<KeyPayload.Field, Integer> tags = new LinkedHashMap<>();
        for (KeyPayload.Field field : KeyPayload.Field.values()) {
            tags.put(field, field.tag);
        }
        assertThat(tags).containsExactly(
                Map.entry(KeyPayload.Field.KEY_ID, 1), Map.entry(KeyPayload.Field.LICENSE_ID, 2),
                Map.entry(KeyPayload.Field.PRODUCT, 3), Map.entry(KeyPayload.Field.LICENSEE, 4),
                Map.entry(KeyPayload.Field.EMAIL, 5), Map.entry(KeyPayload.Field.TYPE, 6),
                Map.entry(KeyPayload.Field.EDITORS, 7), Map.entry(KeyPayload.Field.PURCHASE_DATE, 8),
                Map.entry(KeyPayload.Field.MAINTENANCE_START, 9), Map.entry(KeyPayload.Field.MAINTENANCE_END, 10),
                Map.entry(KeyPayload.Field.SUPERSEDES, 11), Map.entry(KeyPayload.Field.ISSUED_AT, 12));
    }

    @Test
    void fieldsOutOfOrderOrRepeatedAreDamaged() {
        assertDamaged(payload().field(2, "PF-X").field(1, "abc").end(), "layout");
        assertDamaged(payload().field(1, "abc").field(1, "abd").end(), "layout");
    }

    @Test
    void anUnknownFieldIsDamaged() {
        assertDamaged(valid().field(13, "future").end(), "layout");
    }

    @Test
    void aMissingRequiredFieldMeansTheKeyIsIncomplete() {
        byte[] bytes = payload().field(1, "abc").field(2, "PF-X").end();
        assertThatThrownBy(() -> KeyPayload.decode(bytes)).isInstanceOf(MalformedKeyException.class)
                .hasMessageContaining("plainframe.license.malformed.incomplete");
    }

    @ParameterizedTest
    @CsvSource({
        "3, Confluence, product",
        "6, evaluation, purchaseDate",
        "6, COMMERCIAL, type",
        "7, 010, editors",
        "7, +10, editors",
        "7, 0, editors",
        "7, 1000001, editors",
        "7, Unlimited, editors",
        "9, 2026-1-15, maintenanceStart",
        "9, 2026-02-30, maintenanceStart",
        "9, 1999-12-31, maintenanceStart",
        "10, 2025-01-14, maintenanceEnd",
        "12, 2026-01-15T10:00:00.5Z, issuedAt",
        "12, 2026-01-15T10:00Z, issuedAt",
        "1, ABC, keyId",
        "2, pf-lower, licenseId",
    })
    void nonCanonicalOrInvalidValuesAreDamaged(int tag, String value, String field) {
        assertDamaged(valid(tag, value), field);
    }

    @Test
    void malformedUtf8IsDamaged() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] valid = valid(4, "Acme");
        int at = new String(valid, StandardCharsets.ISO_8859_1).indexOf("Acme");
        valid[at] = (byte) 0xC3;
        valid[at + 1] = (byte) 0x28;
        bytes.writeBytes(valid);
        assertDamaged(bytes.toByteArray(), "licensee");
    }

    @Test
    void controlCharactersInTextAreDamaged() {
        assertDamaged(valid(4, "Acme\nLtd"), "licensee");
        assertDamaged(valid(4, " Acme"), "licensee");
        assertDamaged(valid(5, "not-an-address"), "email");
    }

    @Test
    void theNextFewVersionsAreNewerFormatsAndAnythingElseIsDamage() {
        byte[] bytes = KeyPayload.encode(license().build());
        bytes[0] = 2;
        assertThatThrownBy(() -> KeyPayload.decode(bytes)).hasMessageContaining("malformed.version");
        bytes[0] = 4;
        assertThatThrownBy(() -> KeyPayload.decode(bytes)).hasMessageContaining("malformed.version");
        for (int version : new int[] {0, 5, 106, 255}) {
            bytes[0] = (byte) version;
            assertDamaged(bytes, "version");
        }
    }

    @Test
    void licenseesInAnyScriptRoundTrip() {
        License international = license().licensee("Überfirma 株式会社 — Ωmega 🚀").build();
        assertThat(KeyPayload.decode(KeyPayload.encode(international))).isEqualTo(international);
    }

    @Test
    void datesAreReadOnlyInTheirOneCanonicalForm() {
        assertThat(KeyPayload.date("2028-02-29")).contains(LocalDate.of(2028, 2, 29));
        assertThat(KeyPayload.date("2027-02-29")).isEmpty();
        assertThat(KeyPayload.date("+2027-02-28")).isEmpty();
        assertThat(KeyPayload.date("2027-02-28 ")).isEmpty();
    }

    @Test
    void aLicenseeOfHundredsOfBytesRoundTripsThroughTheTwoByteLength() {
        License wide = license().licensee("株".repeat(License.MAX_LICENSEE_LENGTH)).build();
        assertThat(KeyPayload.encode(wide)).hasSizeGreaterThan(3 * License.MAX_LICENSEE_LENGTH);
        assertThat(KeyPayload.decode(KeyPayload.encode(wide))).isEqualTo(wide);
    }

    @Test
    void anEmptyFieldAtTheVeryEndIsReadAndJudgedNotTakenForACut() {
        assertDamaged(valid(12, ""), "issuedAt");
    }

    @Test
    void aFieldOfTheLargestSizeIsReadAndJudgedAndOneByteMoreIsNot() {
        assertDamaged(valid(4, "A".repeat(1024)), "licensee");
        assertThatThrownBy(() -> KeyPayload.decode(valid(4, "A".repeat(1025))))
                .isInstanceOf(MalformedKeyException.class)
                .satisfies(e -> assertThat(((MalformedKeyException) e).userMessage().key())
                        .isEqualTo("plainframe.license.malformed.incomplete"));
    }

    private static void assertDamaged(byte[] bytes, String part) {
        assertThatThrownBy(() -> KeyPayload.decode(bytes)).isInstanceOf(MalformedKeyException.class)
                .satisfies(e -> assertThat(((MalformedKeyException) e).userMessage().arguments())
                        .containsExactly(part));
    }

    /** A valid payload with one field's value replaced. */
    private static byte[] valid(int replacedTag, String value) {
        Payload payload = payload();
        Map<Integer, String> fields = validFields();
        fields.put(replacedTag, value);
        fields.forEach(payload::field);
        return payload.end();
    }

    private static Payload valid() {
        Payload payload = payload();
        validFields().forEach(payload::field);
        return payload;
    }

    private static Map<Integer, String> validFields() {
        Map<Integer, String> fields = new LinkedHashMap<>();
        fields.put(1, "abc");
        fields.put(2, "PF-X");
        fields.put(3, "confluence");
        fields.put(4, "Acme");
        fields.put(5, "a@b.example");
        fields.put(6, "commercial");
        fields.put(7, "10");
        fields.put(8, "2026-01-15");
        fields.put(9, "2026-01-15");
        fields.put(10, "2027-01-15");
        fields.put(12, "2026-01-15T10:00:00Z");
        return fields;
    }

    private static Payload payload() {
        return new Payload();
    }

    /** Writes payload bytes by hand, including ones the encoder would never write. */
    private static final class Payload {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Payload() {
            out.write(1);
        }

        Payload field(int tag, String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            out.write(tag);
            out.write(bytes.length >>> 8);
            out.write(bytes.length & 0xff);
            out.writeBytes(bytes);
            return this;
        }

        byte[] end() {
            return out.toByteArray();
        }
    }
}
