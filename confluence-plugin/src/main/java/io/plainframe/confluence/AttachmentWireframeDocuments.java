package io.plainframe.confluence;

import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.AttachmentManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import io.plainframe.licensing.host.ClusterLocks;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.wireframes.WireframeFormat;
import io.plainframe.wireframes.store.WireframeDocuments;
import io.plainframe.wireframes.store.WireframeId;
import io.plainframe.wireframes.store.WriteRefusedException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Wireframe documents as attachments of their page ({@code plainframe-<id>.json}), so they move with the page
 * and keep their history as attachment versions; a wireframe's version is its attachment's version. (A copy of
 * the page gets a copy of the attachment, which is not the copy's wireframe: the copy's macro gets its own on
 * its first save, see the README.)
 * Saves hold a cluster lock per wireframe, so comparing the version and writing the next one is one step on
 * every node; the locks given commit each save before they are let go (see
 * {@link io.plainframe.licensing.atlassian.CommittedLocks}), or another node could read the version before it.
 * Reads take at most one byte more than a document may have, so a huge file attached by hand costs nothing and
 * fails the document's check. Anyone who may attach files to the page can upload a version through Confluence's
 * own screens, so the plugin reads these documents through
 * {@link io.plainframe.wireframes.store.SignedWireframeDocuments}, which shows only what Plainframe wrote.
 * A save is an attachment upload, so it needs what Confluence asks of one (the space's Add Attachments permission
 * besides editing the page), and it is a minor change that notifies no watcher: a wireframe is saved often, and
 * watchers hear of the page's own edits. The history lists the attachment's versions with who saved each and
 * when; a delete removes the attachment with all its versions.
 */
final class AttachmentWireframeDocuments implements WireframeDocuments {

    static final String MEDIA_TYPE = "application/json";

    private final AttachmentManager attachments;
    private final ConfluencePages pages;
    private final ClusterLocks locks;
    private final PermissionManager permissions;
    private final UserAccessor users;

    AttachmentWireframeDocuments(AttachmentManager attachments, ConfluencePages pages, ClusterLocks locks,
                                 PermissionManager permissions, UserAccessor users) {
        this.attachments = Objects.requireNonNull(attachments, "attachments");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.users = Objects.requireNonNull(users, "users");
    }

    static String fileName(WireframeId id) {
        return "plainframe-" + id.value() + ".json";
    }

    @Override
    public Optional<Document> read(WireframeId id, String contentId) {
        return pages.page(contentId).flatMap(page -> attachment(page, id)).map(attachment -> new Document(
                data(attachment), attachment.getVersion()));
    }

    /** An earlier version from the attachment's history, which Confluence keeps (and Plainframe never deletes). */
    @Override
    public Optional<Document> readVersion(WireframeId id, String contentId, long version) {
        return pages.page(contentId).flatMap(page -> attachment(page, id))
                .flatMap(latest -> attachments.getAllVersions(latest).stream()
                        .filter(earlier -> earlier.getVersion() == version).findFirst())
                .map(earlier -> new Document(data(earlier), earlier.getVersion()));
    }

    @Override
    public OptionalLong write(WireframeId id, String contentId, long expectedVersion, String document,
                              String userKey) {
        Optional<AbstractPage> page = pages.page(contentId);
        if (page.isEmpty()) {
            return OptionalLong.empty();
        }
        ConfluenceUser user = userKey == null ? null : users.getUserByKey(new UserKey(userKey));
        if (user == null || !permissions.hasCreatePermission(user, page.get(), Attachment.class)) {
            throw new WriteRefusedException(403, "NO_ATTACHMENT_PERMISSION", Message.of(
                    "plainframe.wireframe.api.no-attachment-permission"));
        }
        return locks.locked("io.plainframe.confluence.wireframe." + id.value(), () -> {
            // Loaded again here: the lock's writer thread has a session of its own, and the caller's copy of the
            // page (and its attachments) belongs to the caller's session, which commits only after the unlock.
            AbstractPage lockedPage = pages.page(contentId).orElseThrow(() -> new HostUnavailableException(
                    "the page of wireframe " + id + " is gone", null));
            Optional<Attachment> current = attachment(lockedPage, id);
            long version = current.map(Attachment::getVersion).orElse(0);
            if (version != expectedVersion) {
                return OptionalLong.empty();
            }
            byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
            Attachment attachment;
            Attachment previous;
            if (current.isPresent()) {
                attachment = current.get();
                previous = (Attachment) attachment.clone();
            } else {
                attachment = new Attachment();
                attachment.setFileName(fileName(id));
                attachment.setContainer(lockedPage);
                lockedPage.addAttachment(attachment);
                previous = null;
            }
            attachment.setMediaType(MEDIA_TYPE);
            attachment.setFileSize(bytes.length);
            attachment.setVersionComment("Plainframe");
            // The lock's writer thread has none of the caller's thread state, and Confluence may read who saves
            // from the thread: the save runs as the designer who made it.
            ConfluenceUser before = AuthenticatedUserThreadLocal.get();
            AuthenticatedUserThreadLocal.set(user);
            try {
                attachments.saveAttachment(attachment, previous, new ByteArrayInputStream(bytes),
                        DefaultSaveContext.MINOR_EDIT);
            } catch (IOException e) {
                throw new HostUnavailableException("Confluence could not save the wireframe " + id, e);
            } finally {
                AuthenticatedUserThreadLocal.set(before);
            }
            // Read back: the attachment manager numbers versions.
            return attachment(lockedPage, id).map(saved -> OptionalLong.of(saved.getVersion()))
                    .orElseThrow(() -> new HostUnavailableException("the saved wireframe " + id + " is gone", null));
        });
    }

    /** The attachment's versions, newest first, with who saved each and when, as Confluence's history has them. */
    @Override
    public List<Revision> versions(WireframeId id, String contentId) {
        Optional<Attachment> latest = pages.page(contentId).flatMap(page -> attachment(page, id));
        if (latest.isEmpty()) {
            return List.of();
        }
        // Whether the list holds the latest version is not documented: it is added when missing.
        Map<Integer, Attachment> byVersion = new TreeMap<>(Comparator.reverseOrder());
        byVersion.put(latest.get().getVersion(), latest.get());
        for (Attachment earlier : attachments.getAllVersions(latest.get())) {
            byVersion.putIfAbsent(earlier.getVersion(), earlier);
        }
        List<Revision> versions = new ArrayList<>();
        for (Attachment version : byVersion.values()) {
            if (versions.size() == MAX_LISTED_VERSIONS || version.getVersion() < 1) {
                break;
            }
            ConfluenceUser modifier = version.getLastModifier();
            UserKey key = modifier == null ? null : modifier.getKey();
            Date at = version.getLastModificationDate();
            versions.add(new Revision(version.getVersion(), key == null ? null : key.getStringValue(),
                    at == null ? null : at.toInstant(), Math.max(0, version.getFileSize()), false));
        }
        return versions;
    }

    /**
     * Removes the attachment with its history, under the wireframe's lock, as the user (Confluence asks its Remove
     * permission on the attachment: the space's Delete Attachments, or the creator's Delete Own).
     */
    @Override
    public Removal delete(WireframeId id, String contentId, long expectedVersion, String userKey) {
        Optional<Attachment> seen = pages.page(contentId).flatMap(page -> attachment(page, id));
        if (seen.isEmpty()) {
            return Removal.ABSENT;
        }
        ConfluenceUser user = userKey == null ? null : users.getUserByKey(new UserKey(userKey));
        if (user == null || !permissions.hasPermission(user, Permission.REMOVE, seen.get())) {
            throw new WriteRefusedException(403, "NO_ATTACHMENT_PERMISSION", Message.of(
                    "plainframe.wireframe.api.no-attachment-remove-permission"));
        }
        return locks.locked("io.plainframe.confluence.wireframe." + id.value(), () -> {
            Optional<Attachment> current = pages.page(contentId).flatMap(page -> attachment(page, id));
            if (current.isEmpty()) {
                return Removal.ABSENT;
            }
            if (expectedVersion > 0 && current.get().getVersion() != expectedVersion) {
                return Removal.STALE;
            }
            ConfluenceUser before = AuthenticatedUserThreadLocal.get();
            AuthenticatedUserThreadLocal.set(user);
            try {
                attachments.removeAttachmentFromServer(current.get());
            } finally {
                AuthenticatedUserThreadLocal.set(before);
            }
            return Removal.DELETED;
        });
    }

    private Optional<Attachment> attachment(AbstractPage page, WireframeId id) {
        String name = fileName(id);
        return attachments.getLatestVersionsOfAttachments(page).stream()
                .filter(attachment -> name.equals(attachment.getFileName())).findFirst();
    }

    private String data(Attachment attachment) {
        try (InputStream in = attachments.getAttachmentData(attachment)) {
            if (in == null) {
                throw new HostUnavailableException("no data for " + attachment.getFileName(), null);
            }
            return new String(in.readNBytes(WireframeFormat.MAX_BYTES + 1), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new HostUnavailableException("Confluence could not read " + attachment.getFileName(), e);
        }
    }
}
