package io.plainframe.bench;

import io.plainframe.licensing.tool.DemoKey;
import io.plainframe.licensing.access.AccessSnapshot;
import io.plainframe.licensing.access.GoverningLicense;
import io.plainframe.licensing.check.BuildDate;
import io.plainframe.licensing.check.LicenseValidator;
import io.plainframe.licensing.key.License;
import io.plainframe.licensing.key.LicenseType;
import io.plainframe.licensing.key.Product;
import io.plainframe.licensing.key.SeatLimit;
import io.plainframe.licensing.key.SigningKey;
import io.plainframe.licensing.key.TrustedKeys;
import io.plainframe.licensing.seat.Editor;
import io.plainframe.licensing.seat.EditorStatus;
import io.plainframe.licensing.seat.Roster;
import io.plainframe.licensing.state.PlainframeState;
import io.plainframe.licensing.state.Settings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The benchmarks' world: 100,000 host users, 10,000 of them editors under an 8,000-seat license (so some
 * wait), one in ten seated through the group; seeded, so every run measures the same thing.
 */
final class Scenario {

    static final int USERS = 100_000;
    static final int EDITORS = 10_000;
    static final int SEATS = 8_000;

    final String[] userKeys = new String[USERS];
    final List<Editor> editors = new ArrayList<>(EDITORS);
    /** The editors in seat order, as the stored state lists them. */
    final List<Editor> storedOrder;
    final List<String> editorKeys = new ArrayList<>(EDITORS);
    final PlainframeState state;
    final GoverningLicense license;
    final LocalDate today = LocalDate.of(2026, 11, 23);
    final String vendorKey;
    final Clock clock;
    final LicenseValidator validator;

    Scenario() {
        Random random = new Random(42);
        for (int i = 0; i < USERS; i++) {
            userKeys[i] = String.format("8a7f%012x", random.nextLong() & 0xffffffffffffL);
        }
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < EDITORS; i++) {
            String key = userKeys[i * (USERS / EDITORS)];
            boolean group = i % 10 == 0;
            editors.add(new Editor(key, "user" + i, "User " + i, "user" + i + "@example.com", !group, group,
                    start.plusSeconds(random.nextInt(10_000_000)), EditorStatus.ACTIVE));
            editorKeys.add(key);
        }
        SigningKey demo = DemoKey.load().orElseThrow();
        vendorKey = demo.sign(license(demo.keyId()));
        clock = Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        validator = new LicenseValidator(TrustedKeys.builtIn(), clock).forProduct(Product.CONFLUENCE)
                .forBuild(BuildDate.of(LocalDate.of(2026, 11, 1)));
        state = new PlainframeState(vendorKey, Settings.DEFAULTS, Roster.of(editors), List.of());
        storedOrder = state.roster().editors();
        license = GoverningLicense.choose(Optional.of(validator.check(vendorKey)), Optional.empty());
        if (!license.valid()) {
            throw new IllegalStateException("the benchmark license is not valid: " + license.status());
        }
    }

    AccessSnapshot snapshot() {
        return AccessSnapshot.of(state, license, 1, today);
    }

    /** The license every benchmark key carries, so both libraries sign the same facts. */
    static License license(String keyId) {
        return new License(keyId, "PF-BNCH-0000-0001", Product.CONFLUENCE, "Benchmark Industries Ltd",
                "licensing@benchmark.example", LicenseType.COMMERCIAL, SeatLimit.of(SEATS),
                LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 15), LocalDate.of(2027, 1, 15), null,
                Instant.parse("2026-01-15T10:00:00Z"));
    }
}
