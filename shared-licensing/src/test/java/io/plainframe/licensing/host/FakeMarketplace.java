package io.plainframe.licensing.host;

import io.plainframe.licensing.key.SeatLimit;
import java.time.LocalDate;
import java.util.Optional;

/** UPM's Marketplace license, set by the test. */
public final class FakeMarketplace implements MarketplaceLicenseSource {

    private volatile MarketplaceLicense license;

    public static MarketplaceLicense valid(int users) {
        return new MarketplaceLicense("Market Co", "SEN-1", false, SeatLimit.of(users), null,
                LocalDate.of(2027, 1, 1), Optional.empty());
    }

    public static MarketplaceLicense evaluation() {
        return new MarketplaceLicense("Trial Co", null, true, SeatLimit.unlimited(), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 1), Optional.empty());
    }

    public static MarketplaceLicense failing(MarketplaceLicenseError error) {
        return new MarketplaceLicense("Market Co", "SEN-1", false, SeatLimit.of(25), null, LocalDate.of(2025, 1, 1),
                Optional.of(error));
    }

    public void install(MarketplaceLicense value) {
        this.license = value;
    }

    public void remove() {
        this.license = null;
    }

    @Override
    public Optional<MarketplaceLicense> current() {
        return Optional.ofNullable(license);
    }
}
