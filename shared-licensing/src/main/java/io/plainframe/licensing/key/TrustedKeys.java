package io.plainframe.licensing.key;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public keys whose signatures a build believes: several at once, so the vendor can rotate keys while
 * old keys keep working.
 *
 * <p>Built-in keys come from two resources next to this class: {@code vendor-keys.txt} (always) and
 * {@code demo-keys.txt} (development builds only; a release build leaves it out and checks that it did).
 * Each line is {@code name base64-of-X.509-public-key}; {@code #} starts a comment.
 */
public final class TrustedKeys {

    /** The fingerprint of the public demo key, so it is recognised wherever it turns up. */
    public static final String DEMO_KEY_ID = "1e98689f4bd53891";

    static final String VENDOR_RESOURCE = "vendor-keys.txt";
    static final String DEMO_RESOURCE = "demo-keys.txt";

    private final Map<String, TrustedKey> byId;

    private TrustedKeys(Map<String, TrustedKey> byId) {
        this.byId = byId;
    }

    public static TrustedKeys of(List<TrustedKey> keys) {
        Map<String, TrustedKey> byId = new LinkedHashMap<>();
        for (TrustedKey key : keys) {
            byId.putIfAbsent(key.keyId(), key);
        }
        return new TrustedKeys(Map.copyOf(byId));
    }

    /** The keys this build was made to trust. */
    public static TrustedKeys builtIn() {
        List<TrustedKey> keys = new ArrayList<>(read(VENDOR_RESOURCE));
        keys.addAll(read(DEMO_RESOURCE));
        return of(keys);
    }

    /** These keys and one more (for example a key file the vendor names on the command line). */
    public TrustedKeys with(TrustedKey key) {
        List<TrustedKey> keys = new ArrayList<>(byId.values());
        keys.add(key);
        return of(keys);
    }

    /** These keys without the public demo key: what the vendor's tool believes unless told {@code --demo}. */
    public TrustedKeys withoutDemo() {
        return of(byId.values().stream().filter(key -> !key.demo()).toList());
    }

    public Optional<TrustedKey> find(String keyId) {
        return Optional.ofNullable(byId.get(keyId));
    }

    public List<TrustedKey> all() {
        return List.copyOf(byId.values());
    }

    public boolean trustsDemoKey() {
        return byId.values().stream().anyMatch(TrustedKey::demo);
    }

    static List<TrustedKey> read(String resource) {
        try (InputStream in = TrustedKeys.class.getResourceAsStream(resource)) {
            return in == null ? List.of() : parse(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static List<TrustedKey> parse(InputStream in, String source) throws IOException {
        List<TrustedKey> keys = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] parts = content.split("\\s+");
            int lineNumber = number;
            if (parts.length != 2) {
                throw new IllegalStateException(source + ":" + lineNumber + ": expected 'name base64-public-key'");
            }
            byte[] der;
            try {
                der = Base64.getDecoder().decode(parts[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(source + ":" + lineNumber + ": the public key is not base64", e);
            }
            keys.add(Pem.publicKeyFromDer(der).map(key -> TrustedKey.of(parts[0], key)).orElseThrow(
                    () -> new IllegalStateException(source + ":" + lineNumber + ": not an Ed25519 public key")));
        }
        return keys;
    }
}
