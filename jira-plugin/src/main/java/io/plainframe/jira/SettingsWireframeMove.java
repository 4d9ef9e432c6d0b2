package io.plainframe.jira;

import io.plainframe.licensing.host.ClusterLocks;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.host.SettingsStore;
import io.plainframe.wireframes.store.WireframeDocuments;
import io.plainframe.wireframes.store.WireframeId;
import io.plainframe.wireframes.store.WriteRefusedException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Jira wireframes an older build kept in the plugin's settings ({@code wf.doc.<id>}, chunked into Jira's global
 * application properties), moved to issue attachments the first time a signed-in user reads one, or anyone saves
 * one. A move attaches the document under the wireframe's lock, as the version it had (so an editor who loaded it
 * before saves on top of it), and reads it back; only then are its settings replaced by a marker naming the
 * version, twice, so the settings store drops the document's chunks too (it keeps one revision back). Every step
 * can be repeated: a move that stopped finds its attachment and only marks the settings, a second node finds the
 * marker, and a document an older node saved after the move (a rolling upgrade) is moved again as a later
 * version. Until it moves, a wireframe reads from the settings as before (a reader who is not signed in, or Jira
 * refusing the attachment); nothing is lost on either side.
 */
final class SettingsWireframeMove implements WireframeDocuments {

    static final String MOVED = "moved-to-attachment:v";

    private final SettingsStore settings;
    private final AttachmentWireframeDocuments attachments;
    private final ClusterLocks locks;
    private final Supplier<String> currentUser;

    /**
     * @param currentUser the signed-in user of the current request ({@code null}: none), whom Jira names as the
     *                    author of a moved document's attachment
     */
    SettingsWireframeMove(SettingsStore settings, AttachmentWireframeDocuments attachments, ClusterLocks locks,
                          Supplier<String> currentUser) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.attachments = Objects.requireNonNull(attachments, "attachments");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.currentUser = Objects.requireNonNull(currentUser, "currentUser");
    }

    static String key(WireframeId id) {
        return "wf.doc." + id.value();
    }

    @Override
    public Optional<Document> read(WireframeId id, String contentId) {
        Optional<SettingsStore.Versioned> unmoved = unmoved(id);
        if (unmoved.isEmpty()) {
            return attachments.read(id, contentId);
        }
        String user = currentUser.get();
        if (user == null) {
            return Optional.of(new Document(unmoved.get().value(), unmoved.get().revision()));
        }
        try {
            move(id, contentId, user);
        } catch (HostUnavailableException | WriteRefusedException e) {
            // Jira refused the attachment (attachments turned off, say): the wireframe reads as before.
            System.getLogger(SettingsWireframeMove.class.getName()).log(System.Logger.Level.WARNING,
                    "Wireframe " + id + " stays in the plugin's settings for now: " + e.getMessage());
            return Optional.of(new Document(unmoved.get().value(), unmoved.get().revision()));
        }
        return attachments.read(id, contentId);
    }

    @Override
    public Optional<Document> readVersion(WireframeId id, String contentId, long version) {
        Optional<SettingsStore.Versioned> unmoved = unmoved(id);
        if (unmoved.isPresent() && unmoved.get().revision() == version) {
            return Optional.of(new Document(unmoved.get().value(), version));
        }
        return attachments.readVersion(id, contentId, version);
    }

    @Override
    public OptionalLong write(WireframeId id, String contentId, long expectedVersion, String document,
                              String userKey) {
        if (unmoved(id).isPresent()) {
            // Refused before anything moves: a user who may not attach files is never named as the author.
            attachments.checkMayAttach(contentId, userKey);
            move(id, contentId, userKey);
        }
        return attachments.write(id, contentId, expectedVersion, document, userKey);
    }

    @Override
    public List<Revision> versions(WireframeId id, String contentId) {
        Optional<SettingsStore.Versioned> unmoved = unmoved(id);
        if (unmoved.isPresent()) {
            // Not moved yet (no signed-in reader since the upgrade): the settings keep the latest version alone.
            return List.of(new Revision(unmoved.get().revision(), null, null,
                    unmoved.get().value().getBytes(StandardCharsets.UTF_8).length, false));
        }
        return attachments.versions(id, contentId);
    }

    /** Moves the document first, as a save does, so the delete finds every version where it deletes them. */
    @Override
    public Removal delete(WireframeId id, String contentId, long expectedVersion, String userKey) {
        if (unmoved(id).isPresent()) {
            attachments.checkMayAttach(contentId, userKey);
            move(id, contentId, userKey);
        }
        return attachments.delete(id, contentId, expectedVersion, userKey);
    }

    /** Moves the document, checking again under the wireframe's lock that it has not moved meanwhile. */
    private void move(WireframeId id, String contentId, String userKey) {
        Optional<Moved> moved = locks.locked(AttachmentWireframeDocuments.lockName(id), () -> unmoved(id).map(
                stored -> new Moved(stored.revision(), attachments.attachMovedHoldingLock(id, contentId,
                        stored.revision(), stored.value(), userKey))));
        // Marked outside the wireframe's lock (the settings store takes a lock of its own, and wireframe locks
        // never nest): a save after a move moves again first, finding the attachment, so the marker is written
        // before any later version is attached.
        moved.ifPresent(done -> settings.compareAndSet(key(id), done.revision(), MOVED + done.version())
                .ifPresent(marked -> settings.compareAndSet(key(id), marked, MOVED + done.version())));
    }

    /** The document still kept in the settings; empty when there is none or it has moved. */
    private Optional<SettingsStore.Versioned> unmoved(WireframeId id) {
        return settings.read(key(id)).filter(stored -> !stored.value().startsWith(MOVED));
    }

    /** A settings revision and the attachment version it moved to. */
    private record Moved(long revision, long version) {
    }
}
