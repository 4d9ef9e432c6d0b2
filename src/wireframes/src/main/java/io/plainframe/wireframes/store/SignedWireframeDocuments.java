package io.plainframe.wireframes.store;

import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.host.SettingsStore;
import io.plainframe.licensing.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Documents that only count as the wireframe when Plainframe wrote them. Where the product lets users change the
 * documents with its own screens (Confluence: anyone who may attach files can upload a new attachment version,
 * seat or no seat), each version Plainframe writes is signed: an HMAC-SHA256 under an instance secret over the
 * product, the wireframe's id, its page or issue, the version and the document's bytes, kept in the plugin's
 * settings ({@code wf.sig.<id>}: the latest signed version and its HMAC), which users cannot see or change.
 * A latest version without a valid signature reads as changed outside Plainframe, with the last signed version's
 * document when the product still has it (attachment history is never deleted).
 *
 * <p>The secret ({@code wf.secret}, 32 random bytes) is created once by compare-and-set, so every node of a
 * cluster uses the first one written. A wireframe that has no signature record at all was written before
 * Plainframe signed documents: its latest version is trusted and signed once when first read. A creation signs
 * "nothing yet" before writing, so a document attached by hand under an id Plainframe claimed is never trusted.
 * Plainframe signs the version a write is about to make before writing it, and records it as signed after.
 * The signatures of the latest {@link #HISTORY_KEPT} versions are kept too ({@code "history"}), so the versions
 * list tells Plainframe's versions from uploads by hand; older ones, and those written before the history was kept,
 * are shown as not known to be Plainframe's.
 */
public final class SignedWireframeDocuments implements WireframeDocuments {

    static final String SECRET_KEY = "wf.secret";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int SECRET_BYTES = 32;
    private static final int ATTEMPTS = 10;
    /** How many signed versions are remembered for the history (Jira keeps ten; Confluence lists fifty). */
    static final int HISTORY_KEPT = WireframeDocuments.MAX_LISTED_VERSIONS;

    private final SettingsStore settings;
    private final WireframeDocuments documents;
    private final String product;
    private final SecureRandom random;

    /**
     * @param settings  the plugin's versioned settings, where the secret and the signatures are kept
     * @param documents where the product keeps the documents
     * @param product   the product's id, signed with each document
     */
    public SignedWireframeDocuments(SettingsStore settings, WireframeDocuments documents, String product,
                                    SecureRandom random) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.product = Objects.requireNonNull(product, "product");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public Optional<Document> read(WireframeId id, String contentId) {
        Optional<Document> latest = documents.read(id, contentId);
        if (latest.isEmpty()) {
            return latest;
        }
        Document document = latest.get();
        Optional<Signature> signature = signature(id);
        if (signature.isEmpty()) {
            // Written before Plainframe signed its documents.
            signed(id, contentId, document.version(), document.text(), false);
            return latest;
        }
        if (signature.get().signs(document.version(), mac(id, contentId, document.version(), document.text()))) {
            return latest;
        }
        long signedVersion = signature.get().version();
        String signedText = signedVersion < 1 ? null : documents.readVersion(id, contentId, signedVersion)
                .filter(earlier -> signature.get().signs(earlier.version(),
                        mac(id, contentId, earlier.version(), earlier.text())))
                .map(Document::text).orElse(null);
        return Optional.of(new Document(signedText, document.version(), true, signedVersion));
    }

    /** The version, marked changed outside unless its signature (the latest or one of the history's) checks. */
    @Override
    public Optional<Document> readVersion(WireframeId id, String contentId, long version) {
        Optional<Signature> signature = signature(id);
        return documents.readVersion(id, contentId, version).map(earlier -> signature.isPresent()
                && signature.get().signsAny(earlier.version(), mac(id, contentId, earlier.version(), earlier.text()))
                ? earlier : new Document(earlier.text(), earlier.version(), true, 0));
    }

    /** The kept versions, each checked against the signatures kept (which costs a read of each). */
    @Override
    public List<Revision> versions(WireframeId id, String contentId) {
        Optional<Signature> signature = signature(id);
        List<Revision> checked = new ArrayList<>();
        for (Revision revision : documents.versions(id, contentId)) {
            boolean signed = signature.isPresent() && documents.readVersion(id, contentId, revision.version())
                    .filter(text -> signature.get().signsAny(text.version(), mac(id, contentId, text.version(),
                            text.text()))).isPresent();
            checked.add(revision.checked(signed));
        }
        return checked;
    }

    /**
     * Deletes the documents, then signs "nothing yet" as a creation does, so a file attached by hand under the id
     * afterwards is never trusted, and the signatures of the deleted versions are forgotten.
     */
    @Override
    public Removal delete(WireframeId id, String contentId, long expectedVersion, String userKey) {
        Removal removal = documents.delete(id, contentId, expectedVersion, userKey);
        if (removal == Removal.DELETED) {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                long revision = settings.revision(signatureKey(id));
                if (settings.compareAndSet(signatureKey(id), revision, Json.write(Map.of("version", 0L,
                        "hmac", ""))).isPresent()) {
                    return removal;
                }
            }
            throw new IllegalStateException("the signature of wireframe " + id + " kept changing");
        }
        return removal;
    }

    @Override
    public OptionalLong write(WireframeId id, String contentId, long expectedVersion, String document,
                              String userKey) {
        if (expectedVersion == 0 && signature(id).isEmpty()) {
            settings.compareAndSet(signatureKey(id), 0, Json.write(Map.of("version", 0L, "hmac", "")));
        }
        // Signed before it is written too, so a node that dies between the write and the signature below leaves
        // Plainframe's own version signed (found by SandboxCrashLoopTest: the next save was refused as an outside
        // change). The intent names the one version this write can become, over exactly this document.
        intend(id, contentId, expectedVersion + 1, document);
        OptionalLong written = documents.write(id, contentId, expectedVersion, document, userKey);
        // A first version written means no attachment was there (it was deleted, perhaps): numbering starts again.
        written.ifPresent(version -> signed(id, contentId, version, document, expectedVersion == 0));
        return written;
    }

    /**
     * Records the signature of a version unless a later one is signed already (saves may finish out of order),
     * or whatever is signed when the document's versions start again.
     */
    private void signed(WireframeId id, String contentId, long version, String text, boolean restart) {
        String hmac = Base64.getEncoder().encodeToString(mac(id, contentId, version, text));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<SettingsStore.Versioned> stored = settings.read(signatureKey(id));
            if (!restart && stored.isPresent() && parse(id, stored.get().value()).version() >= version) {
                return;
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("version", version);
            json.put("hmac", hmac);
            // A restart numbers the versions anew: the history of the old numbers says nothing of the new ones.
            Map<Long, byte[]> history = restart || stored.isEmpty() ? new TreeMap<>()
                    : new TreeMap<>(parse(id, stored.get().value()).history());
            history.put(version, Base64.getDecoder().decode(hmac));
            json.put("history", historyJson(history));
            if (settings.compareAndSet(signatureKey(id), stored.map(SettingsStore.Versioned::revision).orElse(0L),
                    Json.write(json)).isPresent()) {
                return;
            }
        }
        throw new IllegalStateException("the signature of wireframe " + id + " kept changing");
    }

    /** The newest {@link #HISTORY_KEPT} signatures, by version: a bound on the settings value. */
    private static Map<String, Object> historyJson(Map<Long, byte[]> history) {
        List<Long> versions = new ArrayList<>(history.keySet());
        Map<String, Object> json = new LinkedHashMap<>();
        for (Long version : versions.subList(Math.max(0, versions.size() - HISTORY_KEPT), versions.size())) {
            json.put(Long.toString(version), Base64.getEncoder().encodeToString(history.get(version)));
        }
        return json;
    }

    /** Adds the signature of the version a write is about to make, beside the latest signed one. */
    private void intend(WireframeId id, String contentId, long version, String text) {
        String hmac = Base64.getEncoder().encodeToString(mac(id, contentId, version, text));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<SettingsStore.Versioned> stored = settings.read(signatureKey(id));
            Signature current = stored.map(value -> parse(id, value.value())).orElse(null);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("version", current == null ? 0L : current.version());
            json.put("hmac", current == null ? "" : Base64.getEncoder().encodeToString(current.hmac()));
            json.put("pendingVersion", version);
            json.put("pendingHmac", hmac);
            if (current != null && !current.history().isEmpty()) {
                json.put("history", historyJson(current.history()));
            }
            if (settings.compareAndSet(signatureKey(id), stored.map(SettingsStore.Versioned::revision).orElse(0L),
                    Json.write(json)).isPresent()) {
                return;
            }
        }
        throw new IllegalStateException("the signature of wireframe " + id + " kept changing");
    }

    private Optional<Signature> signature(WireframeId id) {
        return settings.read(signatureKey(id)).map(stored -> parse(id, stored.value()));
    }

    private static Signature parse(WireframeId id, String json) {
        if (Json.parse(json) instanceof Map<?, ?> map && map.get("version") instanceof Long version
                && map.get("hmac") instanceof String hmac) {
            try {
                boolean pending = map.get("pendingVersion") instanceof Long
                        && map.get("pendingHmac") instanceof String;
                Map<Long, byte[]> history = new TreeMap<>();
                if (map.get("history") instanceof Map<?, ?> kept) {
                    for (Map.Entry<?, ?> entry : kept.entrySet()) {
                        if (!(entry.getValue() instanceof String signed)) {
                            throw new IllegalArgumentException("not a signature");
                        }
                        history.put(Long.parseLong((String) entry.getKey()), Base64.getDecoder().decode(signed));
                    }
                }
                return new Signature(version, Base64.getDecoder().decode(hmac),
                        pending ? (Long) map.get("pendingVersion") : 0,
                        pending ? Base64.getDecoder().decode((String) map.get("pendingHmac")) : new byte[0], history);
            } catch (IllegalArgumentException e) {
                // Reported below.
            }
        }
        throw new CorruptValueException(signatureKey(id), "not a signature");
    }

    /** The HMAC of one version of one wireframe: each field's length first, so no two inputs read alike. */
    byte[] mac(WireframeId id, String contentId, long version, String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret());
            for (String field : new String[] {product, id.value(), contentId}) {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
                mac.update(bytes);
            }
            mac.update(ByteBuffer.allocate(Long.BYTES).putLong(version).array());
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot compute " + ALGORITHM, e);
        }
    }

    /**
     * The instance secret, read (and its checksum checked) on every use rather than kept: a damaged secret is
     * reported at once on every node, as every other stored value is (SandboxCorruptionTest), instead of
     * surfacing only after a restart.
     */
    private SecretKeySpec secret() {
        Optional<SettingsStore.Versioned> stored = settings.read(SECRET_KEY);
        if (stored.isEmpty()) {
            byte[] fresh = new byte[SECRET_BYTES];
            random.nextBytes(fresh);
            // Another node may have written first: then its secret is everyone's.
            settings.compareAndSet(SECRET_KEY, 0, Base64.getEncoder().encodeToString(fresh));
            stored = settings.read(SECRET_KEY);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored.orElseThrow().value());
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != SECRET_BYTES) {
            throw new CorruptValueException(SECRET_KEY, "not a " + SECRET_BYTES + "-byte secret");
        }
        return new SecretKeySpec(bytes, ALGORITHM);
    }

    private static String signatureKey(WireframeId id) {
        return "wf.sig." + id.value();
    }

    /**
     * The latest version Plainframe signed (0: none yet) and its HMAC, and the version a write under way is
     * making, signed before it was written (0: none).
     */
    private record Signature(long version, byte[] hmac, long pendingVersion, byte[] pendingHmac,
                             Map<Long, byte[]> history) {

        boolean signs(long otherVersion, byte[] otherHmac) {
            return version == otherVersion && version > 0 && MessageDigest.isEqual(hmac, otherHmac)
                    || pendingVersion == otherVersion && pendingVersion > 0
                    && MessageDigest.isEqual(pendingHmac, otherHmac);
        }

        /** Whether this is the latest signed version or one of the earlier ones kept. */
        boolean signsAny(long otherVersion, byte[] otherHmac) {
            byte[] earlier = history.get(otherVersion);
            return signs(otherVersion, otherHmac) || otherVersion > 0 && otherVersion <= version && earlier != null
                    && MessageDigest.isEqual(earlier, otherHmac);
        }
    }
}
