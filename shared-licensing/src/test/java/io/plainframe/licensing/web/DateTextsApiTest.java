package io.plainframe.licensing.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.Fixtures;
import io.plainframe.licensing.TestHost;
import io.plainframe.licensing.check.BuildDate;
import io.plainframe.licensing.host.DateTexts;
import io.plainframe.licensing.host.FakeContentPermissions;
import io.plainframe.licensing.host.PatternDateTexts;
import io.plainframe.licensing.json.Json;
import io.plainframe.licensing.key.Product;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** Dates people read on the admin page come in the host's format, beside the ISO value programs read. */
class DateTextsApiTest {

    private static final Caller ADMIN = Caller.admin("key-admin", "admin");

    private final TestHost host = new TestHost().users("alice", "bob");

    private LicensingApi api(DateTexts dates) {
        return new LicensingApi(host.service, host.snapshots, host.audit, host.directory,
                new FakeContentPermissions(), Fixtures::english, dates,
                new ProductInfo(Product.CONFLUENCE, "1.0.0", BuildDate.of(TestHost.BUILT), "SERVER-ID"));
    }

    @Test
    void auditEventsAndEditorsCarryTheHostsDateFormatBesideTheIsoValue() {
        host.licensedFor(5).add("alice");
        LicensingApi api = api(new PatternDateTexts(() -> "dd/MM/yyyy HH:mm", () -> "dd/MM/yyyy",
                () -> TimeZone.getTimeZone("Europe/Paris"), Locale.ENGLISH));

        Map<String, Object> event = asMap(list(json(api.audit(ADMIN, "1")), "events").get(0));
        assertThat(event).containsEntry("at", "2026-03-10T12:00:00Z").containsEntry("atText", "10/03/2026 13:00");

        Map<String, Object> editor = asMap(list(json(api.editors(ADMIN, null, null, null, null)), "editors").get(0));
        assertThat(editor).containsEntry("seatedAt", "2026-03-10T12:00:00Z")
                .containsEntry("seatedAtText", "10/03/2026 13:00");
    }

    @Test
    void withoutAHostFormatTheTextIsIsoInUtc() {
        host.licensedFor(5).add("alice");
        Map<String, Object> event = asMap(list(json(api(DateTexts.ISO).audit(ADMIN, "1")), "events").get(0));
        assertThat(event).containsEntry("atText", "2026-03-10 12:00 UTC");
    }

    @Test
    void aPatternTheJdkRefusesOrAnEmptyOneFallsBackToIso() {
        host.licensedFor(5).add("alice");
        for (String pattern : new String[] {"yyyy-MM-dd qq", "", null}) {
            Map<String, Object> event = asMap(list(json(api(new PatternDateTexts(() -> pattern, () -> pattern,
                    () -> TimeZone.getTimeZone("UTC"), Locale.ENGLISH)).audit(ADMIN, "1")), "events").get(0));
            assertThat(event).containsEntry("atText", "2026-03-10 12:00 UTC");
        }
    }

    @Test
    void aRunawayPatternIsCutAndAFailingHostFallsBackToIso() {
        host.licensedFor(5).add("alice");
        String quoted = "'" + "x".repeat(500) + "'";
        Map<String, Object> event = asMap(list(json(api(new PatternDateTexts(() -> quoted, () -> quoted,
                () -> TimeZone.getTimeZone("UTC"), Locale.ENGLISH)).audit(ADMIN, "1")), "events").get(0));
        assertThat((String) event.get("atText")).hasSize(DateTexts.MAX_LENGTH);
        DateTexts failing = at -> {
            throw new IllegalStateException("host down");
        };
        Map<String, Object> fallback = asMap(list(json(api(failing).audit(ADMIN, "1")), "events").get(0));
        assertThat(fallback).containsEntry("atText", "2026-03-10 12:00 UTC");
    }

    @Test
    void aLicensesDaysAreInTheHostsDateFormatAndNoReadersZoneMovesThem() {
        host.licensedFor(5);
        LicensingApi api = api(new PatternDateTexts(() -> "dd/MM/yyyy HH:mm", () -> "dd/MM/yyyy",
                () -> TimeZone.getTimeZone("Pacific/Honolulu"), Locale.ENGLISH));
        Map<String, Object> license = json(api.license(ADMIN));
        String day = (String) license.get("maintenanceEnd");
        String expected = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.parse(day));
        assertThat(license).containsEntry("maintenanceEndText", expected);
        assertThat(asMap(license.get("governing"))).containsEntry("maintenanceEnd", day)
                .containsEntry("maintenanceEndText", expected);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(ApiResponse response) {
        return (Map<String, Object>) Json.parse(response.body());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object json) {
        return (Map<String, Object>) json;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> json, String field) {
        return (List<Object>) json.get(field);
    }
}
