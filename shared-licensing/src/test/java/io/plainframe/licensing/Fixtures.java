package io.plainframe.licensing;

import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.i18n.MessageBundle;
import io.plainframe.licensing.key.KeyText;
import io.plainframe.licensing.key.License;
import io.plainframe.licensing.key.LicenseType;
import io.plainframe.licensing.key.Pem;
import io.plainframe.licensing.key.Product;
import io.plainframe.licensing.key.SeatLimit;
import io.plainframe.licensing.key.SigningKey;
import io.plainframe.licensing.key.TrustedKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** Shared test fixtures: fixed clocks, deterministic signing keys and a license builder with sane defaults. */
public final class Fixtures {

    /** "Today" in most tests: 10 March 2026, noon UTC. */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    public static final Clock CLOCK = clockAt(TODAY);

    private static final byte[] ED25519_PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");
    private static final String DEMO_SIGNING_KEY = "/io/plainframe/licensing/tool/demo-signing-key.pem";
    private static final MessageBundle ENGLISH = MessageBundle.english(MessageBundle.LICENSING);

    private Fixtures() {
    }

    public static Clock clockAt(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** The public demo signing key (src/license-tool/src/main/demo-trust, a test resource here). */
    public static SigningKey demoKey() {
        try (InputStream in = Fixtures.class.getResourceAsStream(DEMO_SIGNING_KEY)) {
            if (in == null) {
                throw new IllegalStateException("no " + DEMO_SIGNING_KEY + " among the test resources");
            }
            return SigningKey.fromPrivateKey(Pem.readPrivateKey(new String(in.readAllBytes(),
                    StandardCharsets.US_ASCII)).orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A signing key made from a fixed seed: the same in every run, different for every number. */
    public static SigningKey vendorKey(int number) {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) number);
        byte[] der = Arrays.copyOf(ED25519_PKCS8_PREFIX, ED25519_PKCS8_PREFIX.length + seed.length);
        System.arraycopy(seed, 0, der, ED25519_PKCS8_PREFIX.length, seed.length);
        try {
            return SigningKey.fromPrivateKey(KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(der)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** Trusts the given keys only (not the built-in ones). */
    public static TrustedKeys trusting(SigningKey... keys) {
        return TrustedKeys.of(Arrays.stream(keys).map(key -> key.asTrusted("test " + key.keyId())).toList());
    }

    public static String english(Message message) {
        return ENGLISH.render(message);
    }

    public static LicenseBuilder license() {
        return new LicenseBuilder();
    }

    /** A Confluence commercial license for 10 editors bought on 15 January 2026, unless told otherwise. */
    public static final class LicenseBuilder {
        private SigningKey key = demoKey();
        private String licenseId = "PF-TEST-0000-0001";
        private Product product = Product.CONFLUENCE;
        private String licensee = "Acme Ltd";
        private String email = "admin@acme.example";
        private LicenseType type = LicenseType.COMMERCIAL;
        private SeatLimit editors = SeatLimit.of(10);
        private LocalDate purchased = LocalDate.of(2026, 1, 15);
        private LocalDate start = purchased;
        private LocalDate end = purchased.plusYears(1);
        private String supersedes;
        private Instant issuedAt = Instant.parse("2026-01-15T10:00:00Z");

        public LicenseBuilder signedBy(SigningKey signingKey) {
            this.key = signingKey;
            return this;
        }

        public LicenseBuilder product(Product value) {
            this.product = value;
            return this;
        }

        public LicenseBuilder licensee(String value) {
            this.licensee = value;
            return this;
        }

        public LicenseBuilder email(String value) {
            this.email = value;
            return this;
        }

        public LicenseBuilder editors(SeatLimit value) {
            this.editors = value;
            return this;
        }

        public LicenseBuilder maintenance(LocalDate first, LocalDate last) {
            this.start = first;
            this.end = last;
            return this;
        }

        public LicenseBuilder evaluation(LocalDate first, LocalDate last) {
            this.type = LicenseType.EVALUATION;
            this.purchased = null;
            this.editors = SeatLimit.unlimited();
            return maintenance(first, last);
        }

        public LicenseBuilder id(String value) {
            this.licenseId = value;
            return this;
        }

        public LicenseBuilder type(LicenseType value) {
            this.type = value;
            return this;
        }

        public LicenseBuilder supersedes(String value) {
            this.supersedes = value;
            return this;
        }

        public License build() {
            return new License(key.keyId(), licenseId, product, licensee, email, type, editors, purchased, start, end,
                    supersedes, issuedAt);
        }

        /** The signed key text. */
        public String key() {
            return key.sign(build());
        }
    }

    /** The claims of one key with the signature of another: what a forger would try. */
    public static String forged(String claims, String signed) {
        int prefix = KeyText.PREFIX.length();
        byte[] payload = Base64.getUrlDecoder().decode(claims.substring(prefix));
        byte[] signature = Base64.getUrlDecoder().decode(signed.substring(prefix));
        return KeyText.encode(Arrays.copyOf(payload, payload.length - 64),
                Arrays.copyOfRange(signature, signature.length - 64, signature.length));
    }

    /** Every message key of a list, for assertions that read as sentences. */
    public static List<String> keys(List<Message> messages) {
        return messages.stream().map(Message::key).toList();
    }
}
