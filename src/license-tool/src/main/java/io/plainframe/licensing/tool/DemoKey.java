package io.plainframe.licensing.tool;

import io.plainframe.licensing.key.Pem;
import io.plainframe.licensing.key.SigningKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The public demo signing key. It lives with the vendor's tool, in a module no plugin depends on, so the plugins
 * never carry it; a release build does not have it at all.
 */
public final class DemoKey {

    static final String RESOURCE = "demo-signing-key.pem";

    private DemoKey() {
    }

    /** The demo signing key, or empty in a release build. */
    public static Optional<SigningKey> load() {
        try (InputStream in = DemoKey.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return Pem.readPrivateKey(pem).map(SigningKey::fromPrivateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo signing key", e);
        }
    }
}
