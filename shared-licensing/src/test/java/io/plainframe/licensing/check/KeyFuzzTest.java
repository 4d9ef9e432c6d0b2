package io.plainframe.licensing.check;

import static io.plainframe.licensing.Fixtures.license;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.Fixtures;
import io.plainframe.licensing.key.KeyText;
import io.plainframe.licensing.key.License;
import io.plainframe.licensing.key.Product;
import io.plainframe.licensing.key.SeatLimit;
import io.plainframe.licensing.key.TrustedKeys;
import io.plainframe.licensing.i18n.Outcome;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A fuzzer for the key parser and validator: generated inputs of ten kinds (mutations of real keys, structure-
 * aware changes of their signed bytes, re-signing by a forger's key, splices, random text and bytes, huge and
 * oddly wrapped input). No input may be accepted unless it is one of the real keys, spelt another way, and
 * nothing may escape from the validator. Whether an accepted input was legitimate is decided without the
 * parser under test: the licence it was accepted as must be, field for field, one the vendor signed, and inputs
 * forged by construction (another signer's signature, changed signed bytes) must never be accepted. The normal
 * test run feeds 10,000 inputs; the long run is {@code ./mvnw -B -pl shared-licensing test -Dtest=KeyFuzzTest
 * -Dplainframe.fuzz.inputs=1000000} (optionally {@code -Dplainframe.fuzz.seed=N}), which prints its figures.
 */
class KeyFuzzTest {

    static final int INPUTS = Integer.getInteger("plainframe.fuzz.inputs", 10_000);
    static final long SEED = Long.getLong("plainframe.fuzz.seed", 20_261_123L);
    private static final byte[] DOMAIN = "plainframe-license\n".getBytes(StandardCharsets.US_ASCII);
    private static final String WIDE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=% .,;:\"'"
            + "\n\r\t\u0000\u00a0\u00e9\u200b\u200d\u2028\ufeff\ud800\udc00\ud83d\ude00\u0301-----BEGIN";

    /** The kinds of input, each with a share of the run. */
    enum Kind {
        EDIT, EDITS, PAYLOAD_BYTES, RESIGNED, SPLICE, RANDOM_TEXT, RANDOM_BODY, HUGE, WRAPPED, SAME_KEY
    }

    private final LicenseValidator validator = new LicenseValidator(TrustedKeys.builtIn(), Fixtures.CLOCK)
            .forBuild(BuildDate.of(LocalDate.of(2026, 3, 1)));
    private final List<Fixtures.LicenseBuilder> licenses = List.of(
            license(),
            license().product(Product.JIRA).evaluation(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
            license().licensee("\u03a9mega \u682a\u5f0f\u4f1a\u793e \u2014 Z\u00fcrich").email(null)
                    .editors(SeatLimit.unlimited()),
            license().editors(SeatLimit.of(2_000)).supersedes("PF-AAAA-BBBB-CCCC"));
    private final List<String> keys = licenses.stream().map(Fixtures.LicenseBuilder::key).toList();

    @Test
    void noForgedInputIsAcceptedAndNothingEscapesTheValidator() throws Exception {
        Run run = fuzz(product -> validator.forProduct(product)::check, INPUTS);
        System.out.println(run.summary());
        assertThat(run.escapes()).as("exceptions other than the parser's own").isEmpty();
        assertThat(run.forgedAccepted()).as("forged keys accepted, e.g. %s", run.forgedSamples()).isZero();
        assertThat(run.sameKey()).as("the real keys, however wrapped, are still accepted").isPositive();
        assertThat(run.kinds()).as("every kind was generated").hasSize(Kind.values().length);
        assertThat(run.outcomes()).containsKeys("MALFORMED", "BAD_SIGNATURE", "WRONG_PRODUCT");
        assertThat(run.outcomes().get("BAD_SIGNATURE")).as("inputs that get as far as the signature check")
                .isGreaterThan(run.checks() / 20);
    }

    @Test
    void theFuzzerCatchesAValidatorWhoseSignatureCheckPassesEverything() throws Exception {
        // The planted bug: a bad signature is taken as good. The oracle must count the forged keys it lets in.
        Run run = fuzz(product -> text -> {
            LicenseCheck check = validator.forProduct(product).check(text);
            return check.code() == LicenseCode.BAD_SIGNATURE
                    ? new LicenseCheck(Outcome.of(LicenseCode.VALID, "planted"), check.decoded(), List.of()) : check;
        }, 2_000);
        assertThat(run.forgedAccepted()).as("forged keys accepted by the planted validator").isPositive();
    }

    @Test
    void theFuzzerCatchesAValidatorThatAcceptsWhatItCannotRead() throws Exception {
        // The planted bug: a key whose signed bytes were changed is read and taken as the key it was made from.
        License any = licenses.get(0).build();
        Run run = fuzz(product -> text -> {
            LicenseCheck check = validator.forProduct(product).check(text);
            return check.code() == LicenseCode.MALFORMED
                    ? new LicenseCheck(Outcome.of(LicenseCode.VALID, "planted"), Optional.of(any), List.of()) : check;
        }, 2_000);
        assertThat(run.forgedAccepted()).as("inputs no vendor key made, accepted by the planted validator")
                .isPositive();
    }

    /**
     * Feeds generated inputs to a check per product. Whether an accepted input was legitimate is decided without
     * the parser or validator under test: the licence it was accepted as must equal, field for field, one the
     * test built and signed, and the input must not be forged by construction.
     */
    private Run fuzz(Function<Product, Function<String, LicenseCheck>> checks, int inputs) throws Exception {
        List<License> signed = licenses.stream().map(Fixtures.LicenseBuilder::build).toList();
        Generator generator = new Generator(keys, new Random(SEED));
        Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> escapes = new ArrayList<>();
        List<String> forgedSamples = new ArrayList<>();
        int forgedAccepted = 0;
        int sameKey = 0;
        long started = System.nanoTime();
        for (int i = 0; i < inputs; i++) {
            Kind kind = generator.kind();
            Input input = generator.input(kind);
            kinds.merge(kind, 1, Integer::sum);
            for (Product product : Product.values()) {
                LicenseCheck check;
                try {
                    check = checks.apply(product).apply(input.text());
                } catch (RuntimeException e) {
                    escapes.add(kind + " validator: " + e);
                    continue;
                }
                outcomes.merge(check.code().name(), 1, Integer::sum);
                if (check.code() == LicenseCode.VALID) {
                    boolean vendorSigned = check.decoded().filter(license -> license.product() == product)
                            .filter(signed::contains).isPresent();
                    if (!input.forged() && vendorSigned) {
                        sameKey++;
                    } else {
                        forgedAccepted++;
                        if (forgedSamples.size() < 20) {
                            forgedSamples.add(kind + ": " + input.text());
                        }
                    }
                }
            }
        }
        return new Run(inputs, (System.nanoTime() - started) / 1e9, kinds, outcomes, escapes, forgedSamples,
                forgedAccepted, sameKey);
    }

    /** What one fuzz run saw; the counts are reported, the assertions are on what the validator answered. */
    record Run(int inputs, double seconds, Map<Kind, Integer> kinds, Map<String, Integer> outcomes,
               List<String> escapes, List<String> forgedSamples, int forgedAccepted, int sameKey) {

        int checks() {
            return inputs * Product.values().length;
        }

        String summary() {
            int malformed = outcomes.getOrDefault("MALFORMED", 0);
            return String.format("Key fuzz: %,d inputs (seed %d) in %.1f s, %,.0f inputs/s; kinds %s; outcomes "
                    + "(per product) %s; stopped by the parser %.0f%%, reached the signature check or beyond %.0f%%;"
                    + " real keys spelt another way accepted %d; forged keys accepted %d; escaped exceptions %d",
                    inputs, SEED, seconds, inputs / seconds, kinds, outcomes, 100.0 * malformed / checks(),
                    100.0 * (checks() - malformed) / checks(), sameKey, forgedAccepted, escapes.size());
        }
    }

    /** One generated input, and whether it is forged by construction (another signer, or changed signed bytes). */
    record Input(String text, boolean forged) {
    }

    /** Makes the inputs, all from one seed. */
    private static final class Generator {
        private final List<String> keys;
        private final Random random;
        private final KeyPair forger;

        Generator(List<String> keys, Random random) throws GeneralSecurityException {
            this.keys = keys;
            this.random = random;
            this.forger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        }

        Kind kind() {
            return Kind.values()[random.nextInt(Kind.values().length)];
        }

        Input input(Kind kind) {
            String key = keys.get(random.nextInt(keys.size()));
            if (kind == Kind.PAYLOAD_BYTES) {
                byte[][] parts = parts(key);
                byte[] payload = mutate(parts[0]);
                byte[] signature = random.nextInt(8) == 0 ? mutate(parts[1]) : parts[1];
                return new Input(KeyText.encode(payload, signature), !Arrays.equals(payload, parts[0])
                        || !Arrays.equals(signature, parts[1]));
            }
            if (kind == Kind.RESIGNED) {
                byte[] payload = random.nextBoolean() ? parts(key)[0] : mutate(parts(key)[0]);
                return new Input(KeyText.encode(payload, forge(payload)), true);
            }
            return new Input(text(kind, key), false);
        }

        /** The inputs made by editing text: whether they are legitimate is left to the licence they are read as. */
        private String text(Kind kind, String key) {
            return switch (kind) {
                case EDIT -> edit(key);
                case EDITS -> {
                    String text = key;
                    for (int n = 2 + random.nextInt(9); n > 0 && !text.isEmpty(); n--) {
                        text = edit(text);
                    }
                    yield text;
                }
                case PAYLOAD_BYTES, RESIGNED -> throw new IllegalArgumentException(kind.name());
                case SPLICE -> {
                    String other = keys.get(random.nextInt(keys.size()));
                    yield key.substring(0, random.nextInt(key.length())) + other.substring(random.nextInt(
                            other.length()));
                }
                case RANDOM_TEXT -> text(random.nextInt(random.nextInt(8) == 0 ? 20_000 : 600), WIDE);
                case RANDOM_BODY -> {
                    byte[] bytes = new byte[random.nextInt(700)];
                    random.nextBytes(bytes);
                    if (bytes.length > 0 && random.nextBoolean()) {
                        bytes[0] = 1; // the format version, so the payload parser is reached
                    }
                    yield KeyText.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                }
                case HUGE -> huge(key);
                case WRAPPED -> wrapped(key, edit(key));
                case SAME_KEY -> wrapped(key, key);
            };
        }

        /** One substitution, insertion, deletion, swap, duplication or truncation. */
        private String edit(String text) {
            int at = random.nextInt(text.length());
            char c = WIDE.charAt(random.nextInt(WIDE.length()));
            return switch (random.nextInt(6)) {
                case 0 -> text.substring(0, at) + c + text.substring(at + 1);
                case 1 -> text.substring(0, at) + c + text.substring(at);
                case 2 -> text.substring(0, at) + text.substring(at + 1);
                case 3 -> at + 1 < text.length() ? text.substring(0, at) + text.charAt(at + 1) + text.charAt(at)
                        + text.substring(at + 2) : text.substring(0, at);
                case 4 -> {
                    int end = Math.min(text.length(), at + 1 + random.nextInt(40));
                    yield text.substring(0, end) + text.substring(at, end) + text.substring(end);
                }
                default -> text.substring(0, at);
            };
        }

        /** Bit flips, set bytes, inserted and removed bytes, in the signed bytes themselves. */
        private byte[] mutate(byte[] bytes) {
            byte[] out = bytes.clone();
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                int at = out.length == 0 ? 0 : random.nextInt(out.length);
                switch (random.nextInt(4)) {
                    case 0 -> {
                        if (out.length > 0) {
                            out[at] ^= (byte) (1 << random.nextInt(8));
                        }
                    }
                    case 1 -> {
                        if (out.length > 0) {
                            out[at] = (byte) List.of(0, 1, 0x7f, 0x80, 0xff).get(random.nextInt(5)).intValue();
                        }
                    }
                    case 2 -> {
                        byte[] longer = new byte[out.length + 1];
                        System.arraycopy(out, 0, longer, 0, at);
                        longer[at] = (byte) random.nextInt(256);
                        System.arraycopy(out, at, longer, at + 1, out.length - at);
                        out = longer;
                    }
                    default -> {
                        if (out.length > 1) {
                            byte[] shorter = new byte[out.length - 1];
                            System.arraycopy(out, 0, shorter, 0, at);
                            System.arraycopy(out, at + 1, shorter, at, out.length - at - 1);
                            out = shorter;
                        }
                    }
                }
            }
            return out;
        }

        private String huge(String key) {
            return switch (random.nextInt(4)) {
                case 0 -> " ".repeat(KeyText.MAX_INPUT_LENGTH - key.length() + random.nextInt(3) - 1) + key;
                case 1 -> key + "A".repeat(1 << (10 + random.nextInt(11)));
                case 2 -> "-----BEGIN PLAINFRAME LICENSE-----\n".repeat(1 + random.nextInt(600)) + key;
                default -> "\u200b".repeat(random.nextInt(20_000)) + key;
            };
        }

        /** A key in armour, quotes, line breaks and invisible characters, as mail clients leave them. */
        private String wrapped(String original, String key) {
            StringBuilder out = new StringBuilder();
            int width = 1 + random.nextInt(80);
            for (int i = 0; i < key.length(); i += width) {
                out.append(key, i, Math.min(key.length(), i + width)).append(random.nextBoolean() ? "\n" : "\u200b");
            }
            String body = random.nextBoolean() ? out.toString() : key;
            return switch (random.nextInt(4)) {
                case 0 -> "-----BEGIN PLAINFRAME LICENSE-----\n" + body + "\n-----END PLAINFRAME LICENSE-----";
                case 1 -> "\"" + body + "\"";
                case 2 -> "  \t" + body + "\r\n";
                default -> original.equals(key) ? KeyText.armoured(key) : body;
            };
        }

        private String text(int length, String alphabet) {
            StringBuilder out = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                out.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return out.toString();
        }

        private byte[] forge(byte[] payload) {
            try {
                Signature signature = Signature.getInstance("Ed25519");
                signature.initSign(forger.getPrivate());
                signature.update(DOMAIN);
                signature.update(payload);
                return signature.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A key's signed bytes and its signature. */
        private static byte[][] parts(String key) {
            // The keys here are the tool's canonical one-line spelling: decoded directly, not by the parser.
            byte[] bytes = Base64.getUrlDecoder().decode(key.substring(KeyText.PREFIX.length()));
            return new byte[][] {Arrays.copyOf(bytes, bytes.length - 64), Arrays.copyOfRange(bytes, bytes.length - 64,
                    bytes.length)};
        }
    }
}
