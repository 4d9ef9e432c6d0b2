package io.plainframe.licensing.host;

import io.plainframe.licensing.key.SeatLimit;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What UPM says about the plugin's Marketplace license. UPM checks it itself (tier against the host's users,
 * expiry, maintenance against the build); Plainframe shows its verdict and never second-guesses it.
 *
 * @param licensee        the organisation
 * @param sen             the support entitlement number, or {@code null}
 * @param evaluation      whether it is a Marketplace trial
 * @param users           the licensed tier's users (unlimited when UPM reports no maximum)
 * @param expiry          when the license itself ends (evaluations, subscriptions), or {@code null}
 * @param maintenanceEnd  when maintenance ends, or {@code null}
 * @param error           UPM's verdict when the license is not usable, empty when it is
 */
public record MarketplaceLicense(String licensee, String sen, boolean evaluation, SeatLimit users, LocalDate expiry,
                                 LocalDate maintenanceEnd, Optional<MarketplaceLicenseError> error) {

    public MarketplaceLicense {
        Objects.requireNonNull(licensee, "licensee");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(error, "error");
    }

    public boolean isValid() {
        return error.isEmpty();
    }
}
