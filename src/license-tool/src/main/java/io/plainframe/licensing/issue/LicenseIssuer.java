package io.plainframe.licensing.issue;

import io.plainframe.licensing.check.LicenseCheck;
import io.plainframe.licensing.check.LicenseCode;
import io.plainframe.licensing.check.LicenseValidator;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.key.License;
import io.plainframe.licensing.key.LicenseType;
import io.plainframe.licensing.key.Product;
import io.plainframe.licensing.key.SeatLimit;
import io.plainframe.licensing.key.SigningKey;
import io.plainframe.licensing.key.TrustedKeys;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Issues keys by the vendor's rules (SPEC 2.4, the seed documents on maintenance and upgrades):
 * <ul>
 *   <li>a <b>new</b> license has twelve months of maintenance from its purchase date;</li>
 *   <li>an <b>upgrade</b> adds editors (never fewer: that is a new license), gets a new id that supersedes the
 *       old one, and twelve months from the upgrade's purchase date that replace what the old license had
 *       left; it may be bought any time, also after maintenance ended;</li>
 *   <li>a <b>renewal</b> adds twelve months starting on the previous end date, however early or late it is
 *       bought, so early renewals stack and late ones do not skip the gap;</li>
 *   <li>an <b>evaluation</b> lasts thirty days from its issue date, unlimited editors unless stated.</li>
 * </ul>
 * Keys given to upgrade or renew must verify against the trusted keys or the signing key itself.
 */
public final class LicenseIssuer {

    private final SigningKey signingKey;
    private final LicenseValidator validator;
    private final Clock clock;
    private final RandomGenerator random;

    /**
     * @param signingKey  signs the new keys
     * @param trustedKeys besides the signing key, the keys whose licenses may be upgraded or renewed
     * @param clock       gives the issue time
     * @param random      draws license ids
     */
    public LicenseIssuer(SigningKey signingKey, TrustedKeys trustedKeys, Clock clock, RandomGenerator random) {
        this.signingKey = Objects.requireNonNull(signingKey, "signingKey");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.validator = new LicenseValidator(trustedKeys.with(signingKey.asTrusted("signing key")), clock);
    }

    /** A new license: twelve months of maintenance from the purchase date. */
    public IssuedKey issueNew(Product product, String licensee, String email, LicenseType type, SeatLimit editors,
                              LocalDate purchased) {
        checkLicensee(licensee, email);
        if (type == LicenseType.EVALUATION) {
            throw new IssueRefusedException("plainframe.issue.new.evaluation-type");
        }
        LocalDate end = inRange(Maintenance.twelveMonthsFrom(purchased));
        return sign(new License(signingKey.keyId(), LicenseIds.next(random), product, licensee, email, type, editors,
                purchased, purchased, end, null, now()), futurePurchaseNote(purchased));
    }

    /** An evaluation: thirty days from {@code issued}. */
    public IssuedKey issueEvaluation(Product product, String licensee, String email, LocalDate issued,
                                     SeatLimit editors) {
        checkLicensee(licensee, email);
        LocalDate end = inRange(Maintenance.evaluationEnd(issued));
        List<Message> notes = end.isBefore(today())
                ? List.of(Message.of("plainframe.issue.note.evaluation-already-ended", end)) : List.of();
        return sign(new License(signingKey.keyId(), LicenseIds.next(random), product, licensee, email,
                LicenseType.EVALUATION, editors, null, issued, end, null, now()), notes);
    }

    /** An upgrade of {@code fromKey} to more editors, bought on {@code purchased}. */
    public IssuedKey upgrade(String fromKey, SeatLimit editors, LocalDate purchased) {
        License old = verified(fromKey);
        if (old.isEvaluation()) {
            throw new IssueRefusedException("plainframe.issue.upgrade.evaluation");
        }
        if (editors.compareTo(old.editors()) <= 0) {
            throw new IssueRefusedException("plainframe.issue.upgrade.not-more-editors",
                    old.editors().toString(), editors.toString());
        }
        checkNotBefore(purchased, old);
        LocalDate end = inRange(Maintenance.twelveMonthsFrom(purchased));
        List<Message> notes = new ArrayList<>(futurePurchaseNote(purchased));
        if (old.maintenanceEnd().isAfter(end)) {
            notes.add(Message.of("plainframe.issue.note.upgrade-shortens", old.maintenanceEnd(), end));
        }
        return sign(new License(signingKey.keyId(), LicenseIds.next(random), old.product(), old.licensee(),
                old.email(), old.type(), editors, purchased, purchased, end, old.licenseId(), now()), notes);
    }

    /** Twelve more months for {@code fromKey}, bought on {@code purchased}, starting on its end date. */
    public IssuedKey renew(String fromKey, LocalDate purchased) {
        License old = verified(fromKey);
        if (old.isEvaluation()) {
            throw new IssueRefusedException("plainframe.issue.renew.evaluation");
        }
        checkNotBefore(purchased, old);
        LocalDate start = old.maintenanceEnd();
        LocalDate end = inRange(Maintenance.twelveMonthsFrom(start));
        List<Message> notes = new ArrayList<>(futurePurchaseNote(purchased));
        if (end.isBefore(purchased)) {
            notes.add(Message.of("plainframe.issue.note.renewal-already-ended", end));
        }
        return sign(new License(signingKey.keyId(), LicenseIds.next(random), old.product(), old.licensee(),
                old.email(), old.type(), old.editors(), purchased, start, end, old.licenseId(), now()), notes);
    }

    private License verified(String fromKey) {
        LicenseCheck check = validator.check(fromKey);
        if (check.code() == LicenseCode.MALFORMED || check.code() == LicenseCode.BAD_SIGNATURE) {
            throw new IssueRefusedException(check.message());
        }
        License old = check.decoded().orElseThrow();
        if (TrustedKeys.DEMO_KEY_ID.equals(old.keyId()) && !TrustedKeys.DEMO_KEY_ID.equals(signingKey.keyId())) {
            // Anyone can make demo keys: a real key must never be derived from one.
            throw new IssueRefusedException("plainframe.issue.demo-key-from");
        }
        return old;
    }

    private List<Message> futurePurchaseNote(LocalDate purchased) {
        return purchased.isAfter(today())
                ? List.of(Message.of("plainframe.issue.note.future-purchase", purchased)) : List.of();
    }

    private static LocalDate inRange(LocalDate end) {
        if (!License.acceptsDate(end)) {
            throw new IssueRefusedException("plainframe.issue.date-out-of-range", License.FIRST_YEAR,
                    License.LAST_YEAR);
        }
        return end;
    }

    private static void checkLicensee(String licensee, String email) {
        if (!License.acceptsLicensee(licensee)) {
            throw new IssueRefusedException("plainframe.issue.licensee", License.MAX_LICENSEE_LENGTH);
        }
        if (email != null && !License.acceptsEmail(email)) {
            throw new IssueRefusedException("plainframe.issue.email", email);
        }
    }

    private static void checkNotBefore(LocalDate purchased, License old) {
        if (purchased.isBefore(old.purchaseDate())) {
            throw new IssueRefusedException("plainframe.issue.purchased-before-original", purchased,
                    old.purchaseDate());
        }
    }

    private IssuedKey sign(License license, List<Message> notes) {
        return new IssuedKey(license, signingKey.sign(license), notes);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
