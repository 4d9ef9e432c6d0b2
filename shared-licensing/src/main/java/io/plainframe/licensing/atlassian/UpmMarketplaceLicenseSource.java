package io.plainframe.licensing.atlassian;

import com.atlassian.upm.api.license.PluginLicenseManager;
import com.atlassian.upm.api.license.entity.LicenseError;
import com.atlassian.upm.api.license.entity.PluginLicense;
import com.atlassian.upm.api.util.Option;
import io.plainframe.licensing.host.MarketplaceLicense;
import io.plainframe.licensing.host.MarketplaceLicenseError;
import io.plainframe.licensing.host.MarketplaceLicenseSource;
import io.plainframe.licensing.key.SeatLimit;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Marketplace license as UPM reports it. UPM's verdict ({@code LicenseError}) is shown as it is, never
 * swallowed; only the {@code java.time} getters are used (the Joda ones are deprecated).
 */
public final class UpmMarketplaceLicenseSource implements MarketplaceLicenseSource {

    private static final System.Logger LOG = System.getLogger(UpmMarketplaceLicenseSource.class.getName());

    private final PluginLicenseManager licenses;

    public UpmMarketplaceLicenseSource(PluginLicenseManager licenses) {
        this.licenses = Objects.requireNonNull(licenses, "licenses");
    }

    @Override
    public Optional<MarketplaceLicense> current() {
        Option<PluginLicense> license;
        try {
            license = licenses.getLicense();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "UPM could not report the Marketplace license: " + e);
            return Optional.empty();
        }
        if (license == null || !license.isDefined()) {
            return Optional.empty();
        }
        return Optional.of(toMarketplaceLicense(license.get()));
    }

    static MarketplaceLicense toMarketplaceLicense(PluginLicense license) {
        Option<LicenseError> error = license.getError();
        Optional<MarketplaceLicenseError> problem = error != null && error.isDefined()
                ? Optional.of(map(error.get())) : Optional.empty();
        Option<Integer> edition = license.getEdition();
        boolean tierKnown = license.isUnlimitedEdition() || edition != null && edition.isDefined() && edition.get() > 0;
        if (problem.isEmpty() && !tierKnown) {
            // No tier means no seat count to enforce: shown as a problem rather than read as unlimited.
            problem = Optional.of(MarketplaceLicenseError.UNKNOWN);
        }
        Option<String> sen = license.getSupportEntitlementNumber();
        return new MarketplaceLicense(
                license.getOrganization() == null ? "" : String.valueOf(license.getOrganization().getName()),
                sen != null && sen.isDefined() ? sen.get() : null,
                license.isEvaluation(),
                license.isUnlimitedEdition() || !tierKnown ? SeatLimit.unlimited() : seats(edition),
                date(safely(license::getExpiryZonedDate)),
                date(safely(license::getMaintenanceExpiryZonedDate)),
                problem);
    }

    private static SeatLimit seats(Option<Integer> edition) {
        return SeatLimit.of(Math.min(edition.get(), SeatLimit.MAX_COUNT));
    }

    /** UPM's errors by name, so a value a newer UPM adds shows as "unknown", not as a crash. */
    static MarketplaceLicenseError map(LicenseError error) {
        try {
            return MarketplaceLicenseError.valueOf(error.name());
        } catch (IllegalArgumentException e) {
            return MarketplaceLicenseError.UNKNOWN;
        }
    }

    /**
     * A date UPM may not offer: some license kinds answer the getter with {@code UnsupportedOperationException}
     * rather than an empty option, and a UPM older than its {@code java.time} getters has no such method
     * ({@code NoSuchMethodError}, or {@code AbstractMethodError} from a license class built before them); each
     * means the same thing here (no such date), so the license is still read, with UPM's own verdict
     * ({@code LicenseError}, such as {@code EXPIRED}) as it is.
     */
    static Optional<ZonedDateTime> safely(Supplier<Optional<ZonedDateTime>> getter) {
        try {
            return getter.get();
        } catch (UnsupportedOperationException | NoSuchMethodError | AbstractMethodError e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(Optional<ZonedDateTime> time) {
        return time == null ? null : time.map(t -> t.withZoneSameInstant(ZoneOffset.UTC).toLocalDate()).orElse(null);
    }
}
