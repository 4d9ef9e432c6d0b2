package io.plainframe.licensing.check;

import io.plainframe.licensing.i18n.Outcome;
import io.plainframe.licensing.key.DecodedKey;
import io.plainframe.licensing.key.KeyText;
import io.plainframe.licensing.key.License;
import io.plainframe.licensing.key.MalformedKeyException;
import io.plainframe.licensing.key.Product;
import io.plainframe.licensing.key.TrustedKey;
import io.plainframe.licensing.key.TrustedKeys;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a vendor key in the order of SPEC 2.3, first failure wins: {@code MALFORMED}, {@code BAD_SIGNATURE},
 * {@code WRONG_PRODUCT}, {@code EVALUATION_EXPIRED}, {@code NOT_COVERED}, else {@code VALID} with warnings.
 * Never throws for any input text: every problem is an outcome with a message.
 *
 * <p>Immutable; {@link #forProduct} and {@link #forBuild} return narrowed copies. Without a product the product
 * check is skipped, without a build date the coverage check (both for the vendor's {@code inspect}).
 */
public final class LicenseValidator {

    static final int MAINTENANCE_WARNING_DAYS = 30;
    static final int EVALUATION_WARNING_DAYS = 7;

    private final TrustedKeys trustedKeys;
    private final Clock clock;
    private final Product product;
    private final LocalDate buildDate;

    public LicenseValidator(TrustedKeys trustedKeys, Clock clock) {
        this(trustedKeys, clock, null, null);
    }

    private LicenseValidator(TrustedKeys trustedKeys, Clock clock, Product product, LocalDate buildDate) {
        this.trustedKeys = Objects.requireNonNull(trustedKeys, "trustedKeys");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.product = product;
        this.buildDate = buildDate;
    }

    /** A validator that refuses keys for any other product. */
    public LicenseValidator forProduct(Product expected) {
        return new LicenseValidator(trustedKeys, clock, Objects.requireNonNull(expected), buildDate);
    }

    /** A validator that refuses keys whose maintenance ended before this build date. */
    public LicenseValidator forBuild(BuildDate build) {
        return new LicenseValidator(trustedKeys, clock, product, build.date());
    }

    public LicenseCheck check(String keyText) {
        DecodedKey key;
        try {
            key = KeyText.decode(keyText);
        } catch (MalformedKeyException e) {
            return new LicenseCheck(new Outcome<>(LicenseCode.MALFORMED, e.userMessage()), Optional.empty(),
                    List.of());
        }
        License license = key.claimedLicense();
        Optional<Outcome<LicenseCode>> failure = signatureProblem(key).or(() -> termsProblem(license));
        if (failure.isPresent()) {
            return new LicenseCheck(failure.get(), Optional.of(license), List.of());
        }
        Outcome<LicenseCode> valid = license.isEvaluation()
                ? Outcome.of(LicenseCode.VALID, "plainframe.license.valid.evaluation", license.licensee(),
                        license.maintenanceEnd())
                : Outcome.of(LicenseCode.VALID, LicenseCode.VALID.i18nKey(), license.licensee(),
                        license.maintenanceEnd());
        return new LicenseCheck(valid, Optional.of(license), warnings(license));
    }

    private Optional<Outcome<LicenseCode>> signatureProblem(DecodedKey key) {
        String keyId = key.claimedLicense().keyId();
        Optional<TrustedKey> trusted = trustedKeys.find(keyId);
        if (trusted.isEmpty()) {
            return Optional.of(TrustedKeys.DEMO_KEY_ID.equals(keyId)
                    ? Outcome.of(LicenseCode.BAD_SIGNATURE, "plainframe.license.bad-signature.demo-key")
                    : Outcome.of(LicenseCode.BAD_SIGNATURE, "plainframe.license.bad-signature.unknown-key", keyId));
        }
        return key.isSignedBy(trusted.get())
                ? Optional.empty()
                : Optional.of(Outcome.of(LicenseCode.BAD_SIGNATURE, LicenseCode.BAD_SIGNATURE.i18nKey()));
    }

    private Optional<Outcome<LicenseCode>> termsProblem(License license) {
        if (product != null && license.product() != product) {
            return Optional.of(Outcome.of(LicenseCode.WRONG_PRODUCT, LicenseCode.WRONG_PRODUCT.i18nKey(),
                    license.product().displayName(), product.displayName()));
        }
        if (license.isEvaluation() && today().isAfter(license.maintenanceEnd())) {
            return Optional.of(Outcome.of(LicenseCode.EVALUATION_EXPIRED, LicenseCode.EVALUATION_EXPIRED.i18nKey(),
                    license.maintenanceEnd()));
        }
        if (buildDate != null && !license.covers(buildDate)) {
            return Optional.of(Outcome.of(LicenseCode.NOT_COVERED, LicenseCode.NOT_COVERED.i18nKey(),
                    license.maintenanceEnd(), buildDate));
        }
        return Optional.empty();
    }

    private List<Outcome<LicenseWarning>> warnings(License license) {
        List<Outcome<LicenseWarning>> warnings = new ArrayList<>();
        long daysLeft = ChronoUnit.DAYS.between(today(), license.maintenanceEnd());
        if (license.isEvaluation()) {
            if (daysLeft <= EVALUATION_WARNING_DAYS) {
                warnings.add(Outcome.of(LicenseWarning.EVALUATION_ENDING, LicenseWarning.EVALUATION_ENDING.i18nKey(),
                        license.maintenanceEnd(), daysLeft));
            }
        } else if (daysLeft < 0) {
            warnings.add(Outcome.of(LicenseWarning.MAINTENANCE_ENDED, LicenseWarning.MAINTENANCE_ENDED.i18nKey(),
                    license.maintenanceEnd()));
        } else if (daysLeft <= MAINTENANCE_WARNING_DAYS) {
            warnings.add(Outcome.of(LicenseWarning.MAINTENANCE_ENDING, LicenseWarning.MAINTENANCE_ENDING.i18nKey(),
                    license.maintenanceEnd(), daysLeft));
        }
        return warnings;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
