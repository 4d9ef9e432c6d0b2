package io.plainframe.licensing.access;

import io.plainframe.licensing.check.LicenseCheck;
import io.plainframe.licensing.check.LicenseWarning;
import io.plainframe.licensing.host.MarketplaceLicense;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.i18n.Outcome;
import io.plainframe.licensing.key.License;
import io.plainframe.licensing.key.SeatLimit;
import io.plainframe.licensing.seat.SeatAllocation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The license that decides whether anyone may edit, chosen from the two sources by the precedence of
 * SPEC 2.1, with the reason shown. This fixes two pitfalls of other apps: an expired Marketplace license
 * never blocks a valid vendor key, and a Marketplace trial never hides one.
 *
 * @param source         where it comes from
 * @param valid          whether it allows editing on this build
 * @param reason         why it governs, as a code and a sentence
 * @param status         its own state in a sentence (valid until..., or what is wrong with it)
 * @param seats          its seats: 0 when there is no license, {@link SeatAllocation#UNLIMITED} for unlimited
 * @param allowsEveryone whether it offers the mode "everyone" (unlimited vendor keys, Marketplace licenses)
 * @param maintenanceEnd the last build date its maintenance covers, or {@code null} when unknown
 * @param warnings       things to act on (maintenance ending, and so on)
 * @param vendor         the vendor key's check, when a key is entered
 * @param marketplace    UPM's Marketplace license, when there is one
 */
public record GoverningLicense(LicenseSource source, boolean valid, Outcome<GoverningReason> reason, Message status,
                               int seats, boolean allowsEveryone, LocalDate maintenanceEnd,
                               List<Outcome<LicenseWarning>> warnings, Optional<LicenseCheck> vendor,
                               Optional<MarketplaceLicense> marketplace) {

    public GoverningLicense {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(status, "status");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(marketplace, "marketplace");
    }

    /**
     * Chooses by precedence: a valid non-evaluation Marketplace license, else a valid vendor key, else a valid
     * Marketplace evaluation, else the vendor key with its problem, else the Marketplace license with its
     * problem, else none.
     */
    public static GoverningLicense choose(Optional<LicenseCheck> vendor, Optional<MarketplaceLicense> marketplace) {
        Optional<MarketplaceLicense> validMarketplace = marketplace.filter(MarketplaceLicense::isValid);
        Optional<LicenseCheck> validVendor = vendor.filter(LicenseCheck::isValid);
        if (validMarketplace.isPresent() && !validMarketplace.get().evaluation()) {
            return ofMarketplace(GoverningReason.MARKETPLACE, vendor, validMarketplace.get());
        }
        if (validVendor.isPresent()) {
            return ofVendor(validMarketplace.isPresent() ? "plainframe.governing.vendor-key.over-evaluation"
                    : GoverningReason.VENDOR_KEY.i18nKey(), GoverningReason.VENDOR_KEY, validVendor.get(), marketplace);
        }
        if (validMarketplace.isPresent()) {
            return ofMarketplace(GoverningReason.MARKETPLACE_EVALUATION, vendor, validMarketplace.get());
        }
        if (vendor.isPresent()) {
            return ofVendor(GoverningReason.INVALID_VENDOR_KEY.i18nKey(), GoverningReason.INVALID_VENDOR_KEY,
                    vendor.get(), marketplace);
        }
        if (marketplace.isPresent()) {
            return ofMarketplace(GoverningReason.INVALID_MARKETPLACE, vendor, marketplace.get());
        }
        return new GoverningLicense(LicenseSource.NONE, false, Outcome.of(GoverningReason.NONE,
                GoverningReason.NONE.i18nKey()), Message.of("plainframe.governing.status.none"), 0, false, null,
                List.of(), vendor, marketplace);
    }

    private static GoverningLicense ofVendor(String reasonKey, GoverningReason reason, LicenseCheck check,
                                             Optional<MarketplaceLicense> marketplace) {
        Optional<License> license = check.decoded();
        int seats = license.map(l -> toSeats(l.editors())).orElse(0);
        boolean unlimited = license.map(l -> l.editors().isUnlimited()).orElse(false);
        return new GoverningLicense(LicenseSource.VENDOR, check.isValid(), Outcome.of(reason, reasonKey),
                check.message(), seats, check.isValid() && unlimited,
                license.map(License::maintenanceEnd).orElse(null), check.warnings(), Optional.of(check), marketplace);
    }

    private static GoverningLicense ofMarketplace(GoverningReason reason, Optional<LicenseCheck> vendor,
                                                  MarketplaceLicense license) {
        Message status = license.error()
                .map(error -> Message.of(error.i18nKey()))
                .orElseGet(() -> license.evaluation()
                        ? Message.of("plainframe.marketplace.valid.evaluation", license.licensee(),
                                String.valueOf(license.expiry()))
                        : Message.of("plainframe.marketplace.valid", license.licensee()));
        return new GoverningLicense(LicenseSource.MARKETPLACE, license.isValid(),
                Outcome.of(reason, reason.i18nKey()), status, toSeats(license.users()), license.isValid(),
                license.maintenanceEnd(), List.of(), vendor, Optional.of(license));
    }

    private static int toSeats(SeatLimit limit) {
        return limit.isUnlimited() ? SeatAllocation.UNLIMITED : limit.count();
    }

    /** This license with the seat warnings for an allocation (80% of seats used, editors waiting). */
    public GoverningLicense withSeatUsage(SeatAllocation allocation) {
        if (!valid) {
            return this;
        }
        return new GoverningLicense(source, valid, reason, status, seats, allowsEveryone, maintenanceEnd,
                LicenseCheck.withSeatWarnings(warnings, seats, allocation.used(), allocation.waiting()), vendor,
                marketplace);
    }
}
