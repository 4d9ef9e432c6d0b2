package io.plainframe.bench;

import io.plainframe.licensing.tool.DemoKey;
import io.plainframe.licensing.check.LicenseCode;
import io.plainframe.licensing.check.LicenseValidator;
import io.plainframe.licensing.key.KeyText;
import io.plainframe.licensing.key.Product;
import io.plainframe.licensing.key.SigningKey;
import io.plainframe.licensing.key.TrustedKeys;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax0.license3j.Feature;
import javax0.license3j.License;
import javax0.license3j.crypto.LicenseKeyPair;
import javax0.license3j.io.IOFormat;
import javax0.license3j.io.LicenseReader;
import javax0.license3j.io.LicenseWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and verifying a key from its text ({@link #verifyPlainframe}) against the JDK's bare Ed25519
 * verification of the same signed bytes ({@link #rawEd25519}, the floor; target at most 1.1 times), and
 * License3j 3.2.0 verifying a license with the same fields, signed with its default algorithm (RSA 2048,
 * SHA-512), reported side by side with both texts' lengths, which setup prints.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class KeyBench {

    /** The domain tag Plainframe signs before the payload (see the key package's Signatures). */
    private static final byte[] DOMAIN = "plainframe-license\n".getBytes(StandardCharsets.US_ASCII);

    private LicenseValidator validator;
    private String plainframeKey;
    private PublicKey ed25519;
    private byte[] payload;
    private byte[] signature;
    private String license3jKey;
    private PublicKey rsa;

    @Setup
    public void setUp() throws GeneralSecurityException, IOException {
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 23).atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC);
        validator = new LicenseValidator(TrustedKeys.builtIn(), clock).forProduct(Product.CONFLUENCE);
        SigningKey demo = DemoKey.load().orElseThrow();
        plainframeKey = demo.sign(Scenario.license(demo.keyId()));
        ed25519 = demo.publicKey();
        byte[] bytes = Base64.getUrlDecoder().decode(plainframeKey.substring(KeyText.PREFIX.length()));
        payload = Arrays.copyOf(bytes, bytes.length - 64);
        signature = Arrays.copyOfRange(bytes, bytes.length - 64, bytes.length);
        if (validator.check(plainframeKey).code() != LicenseCode.VALID || !rawEd25519()) {
            throw new IllegalStateException("the Plainframe key does not verify");
        }

        LicenseKeyPair pair = LicenseKeyPair.Create.from("RSA", 2048);
        License license = new License();
        license.add(Feature.Create.stringFeature("licenseId", "PF-BNCH-0000-0001"));
        license.add(Feature.Create.stringFeature("product", "confluence"));
        license.add(Feature.Create.stringFeature("licensee", "Benchmark Industries Ltd"));
        license.add(Feature.Create.stringFeature("email", "licensing@benchmark.example"));
        license.add(Feature.Create.stringFeature("type", "commercial"));
        license.add(Feature.Create.intFeature("editors", Scenario.SEATS));
        license.add(Feature.Create.stringFeature("purchaseDate", "2026-01-15"));
        license.add(Feature.Create.stringFeature("maintenanceStart", "2026-01-15"));
        license.add(Feature.Create.stringFeature("maintenanceEnd", "2027-01-15"));
        license.add(Feature.Create.stringFeature("issuedAt", "2026-01-15T10:00:00Z"));
        license.sign(pair.getPair().getPrivate(), "SHA-512");
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try (LicenseWriter writer = new LicenseWriter(text)) {
            writer.write(license, IOFormat.BASE64);
        }
        license3jKey = text.toString(StandardCharsets.US_ASCII);
        rsa = pair.getPair().getPublic();
        if (!verifyLicense3j()) {
            throw new IllegalStateException("the License3j key does not verify");
        }
        System.out.printf("%nKey text lengths: Plainframe %d characters, License3j %d characters%n",
                plainframeKey.length(), license3jKey.strip().length());
    }

    @Benchmark
    public LicenseCode verifyPlainframe() {
        return validator.check(plainframeKey).code();
    }

    @Benchmark
    public boolean rawEd25519() throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(ed25519);
        verifier.update(DOMAIN);
        verifier.update(payload);
        return verifier.verify(signature);
    }

    @Benchmark
    public boolean verifyLicense3j() throws IOException {
        try (LicenseReader reader = new LicenseReader(
                new ByteArrayInputStream(license3jKey.getBytes(StandardCharsets.US_ASCII)))) {
            return reader.read(IOFormat.BASE64).isOK(rsa);
        }
    }
}
