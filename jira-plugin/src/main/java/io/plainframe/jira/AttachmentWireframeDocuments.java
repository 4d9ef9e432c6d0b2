package io.plainframe.jira;

import com.atlassian.jira.exception.RemoveException;
import com.atlassian.jira.issue.AttachmentManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.attachment.Attachment;
import com.atlassian.jira.issue.attachment.CreateAttachmentParamsBean;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.util.AttachmentException;
import io.plainframe.licensing.host.ClusterLocks;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.wireframes.WireframeFormat;
import io.plainframe.wireframes.store.WireframeDocuments;
import io.plainframe.wireframes.store.WireframeId;
import io.plainframe.wireframes.store.WriteRefusedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Wireframe documents as attachments of their issue, one attachment per saved version
 * ({@code plainframe-<id>.v<version>.json}), so they move with the issue (also to another project) and Jira's
 * own attachment list shows them. Jira's attachments have no versions of their own, so the version is in the
 * name: the highest is the wireframe, and a save adds the next one and then deletes those more than
 * {@link #KEPT_VERSIONS} below it (the history {@code SignedWireframeDocuments} falls back on after an outside
 * upload; a bound, so a wireframe saved every few seconds does not fill the issue). Comparing the latest version
 * and adding the next is one step on every node: both run under the wireframe's cluster lock, which
 * {@code WireframeLockStripes} maps onto a bounded set of names. A save is an attachment Jira makes for the saving
 * user, so it needs what Jira asks of one: the project's Create Attachments permission (Edit Issues is checked
 * before, as for every wireframe save) and attachments turned on. Reads take at most one byte more than a
 * document may have, so a huge file attached by hand costs nothing and fails the document's check. Anyone who
 * may attach files to the issue can upload a file of the same name, so the plugin reads these documents through
 * {@code SignedWireframeDocuments}, which shows only what Plainframe wrote.
 */
final class AttachmentWireframeDocuments implements WireframeDocuments {

    static final String MEDIA_TYPE = "application/json";
    /** How many versions of a wireframe stay attached: the latest and the nine before it. */
    static final int KEPT_VERSIONS = 10;

    private final AttachmentManager attachments;
    private final JiraIssues issues;
    private final ClusterLocks locks;
    private final PermissionManager permissions;
    private final UserManager users;

    AttachmentWireframeDocuments(AttachmentManager attachments, JiraIssues issues, ClusterLocks locks,
                                 PermissionManager permissions, UserManager users) {
        this.attachments = Objects.requireNonNull(attachments, "attachments");
        this.issues = Objects.requireNonNull(issues, "issues");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.users = Objects.requireNonNull(users, "users");
    }

    static String fileName(WireframeId id, long version) {
        return prefix(id) + version + ".json";
    }

    private static String prefix(WireframeId id) {
        return "plainframe-" + id.value() + ".v";
    }

    /** The latest version; of two attachments of the same name, the later one (as a reader of Jira's list would). */
    @Override
    public Optional<Document> read(WireframeId id, String contentId) {
        return issues.issue(contentId).flatMap(issue -> versions(issue, id).stream()
                .max(Comparator.comparingLong(Version::number).thenComparingLong(Version::attachmentId)))
                .map(latest -> new Document(data(latest.attachment()), latest.number()));
    }

    /** A kept version; of two attachments of that name, the first one (Plainframe's, when one was added by hand). */
    @Override
    public Optional<Document> readVersion(WireframeId id, String contentId, long version) {
        return issues.issue(contentId).flatMap(issue -> versions(issue, id).stream()
                .filter(kept -> kept.number() == version).min(Comparator.comparingLong(Version::attachmentId)))
                .map(kept -> new Document(data(kept.attachment()), kept.number()));
    }

    @Override
    public OptionalLong write(WireframeId id, String contentId, long expectedVersion, String document,
                              String userKey) {
        Optional<MutableIssue> issue = issues.issue(contentId);
        if (issue.isEmpty()) {
            return OptionalLong.empty();
        }
        ApplicationUser user = mayAttach(issue.get(), userKey);
        return locks.locked(lockName(id), () -> {
            long latest = latest(issue.get(), id);
            if (latest != expectedVersion) {
                return OptionalLong.empty();
            }
            long next = expectedVersion + 1;
            attach(issue.get(), user, fileName(id, next), document);
            prune(issue.get(), id, next);
            return OptionalLong.of(next);
        });
    }

    /**
     * The kept versions, newest first, with who attached each and when; of two attachments of one version's name,
     * the first (as {@link #readVersion} reads it).
     */
    @Override
    public List<Revision> versions(WireframeId id, String contentId) {
        Optional<MutableIssue> issue = issues.issue(contentId);
        if (issue.isEmpty()) {
            return List.of();
        }
        Map<Long, Version> first = new TreeMap<>(Comparator.reverseOrder());
        for (Version kept : versions(issue.get(), id)) {
            first.merge(kept.number(), kept, (one, other) -> one.attachmentId() <= other.attachmentId() ? one : other);
        }
        List<Revision> revisions = new ArrayList<>();
        for (Version kept : first.values()) {
            if (revisions.size() == MAX_LISTED_VERSIONS) {
                break;
            }
            Attachment attachment = kept.attachment();
            Long size = attachment.getFilesize();
            revisions.add(new Revision(kept.number(), attachment.getAuthorKey(), attachment.getCreated() == null
                    ? null : attachment.getCreated().toInstant(), size == null ? 0 : Math.max(0, size), false));
        }
        return revisions;
    }

    /**
     * Deletes every attachment named as a version of the wireframe, under its lock. It asks what a save asks (the
     * project's Create Attachments): these are Plainframe's own files, which every save already prunes.
     */
    @Override
    public Removal delete(WireframeId id, String contentId, long expectedVersion, String userKey) {
        Optional<MutableIssue> issue = issues.issue(contentId);
        if (issue.isEmpty() || versions(issue.get(), id).isEmpty()) {
            return Removal.ABSENT;
        }
        try {
            mayAttach(issue.get(), userKey);
        } catch (WriteRefusedException e) {
            throw "NO_ATTACHMENT_PERMISSION".equals(e.reason()) ? new WriteRefusedException(403, e.reason(),
                    Message.of("plainframe.wireframe.api.no-issue-attachment-delete-permission")) : e;
        }
        return locks.locked(lockName(id), () -> {
            List<Version> kept = versions(issue.get(), id);
            if (kept.isEmpty()) {
                return Removal.ABSENT;
            }
            if (expectedVersion > 0 && latest(issue.get(), id) != expectedVersion) {
                return Removal.STALE;
            }
            for (Version version : kept) {
                try {
                    attachments.deleteAttachment(version.attachment());
                } catch (RemoveException e) {
                    throw new HostUnavailableException("Jira could not delete " + version.attachment().getFilename(),
                            e);
                }
            }
            return Removal.DELETED;
        });
    }

    /**
     * Attaches a document written elsewhere (an older build kept Jira's wireframes in the plugin's settings) as
     * the given version and reads it back, unless an attachment of that version has exactly this text already (a
     * move that stopped before its settings were marked); when a later version is attached already (added by
     * hand, as Plainframe attached none before), the document goes after it, so the moved one is the latest. The
     * caller holds {@link #lockName(WireframeId)}; Jira checks no permission here (the move is no user's change,
     * the user is only who Jira names as the attachment's author).
     *
     * @return the version the document is attached as
     */
    long attachMovedHoldingLock(WireframeId id, String contentId, long version, String document, String userKey) {
        MutableIssue issue = issues.issue(contentId).orElseThrow(() -> new HostUnavailableException(
                "the issue " + contentId + " of wireframe " + id + " is gone", null));
        ApplicationUser user = userKey == null ? null : users.getUserByKey(userKey);
        if (user == null) {
            throw new HostUnavailableException("no user to attach wireframe " + id + " as", null);
        }
        if (!attachments.attachmentsEnabled()) {
            throw new WriteRefusedException(503, "ATTACHMENTS_DISABLED", Message.of(
                    "plainframe.wireframe.api.attachments-disabled"));
        }
        List<Version> versions = versions(issue, id);
        for (Version kept : versions) {
            if (kept.number() == version && document.equals(data(kept.attachment()))) {
                return version;
            }
        }
        long at = Math.max(version, versions.stream().mapToLong(Version::number).max().orElse(0) + 1);
        attach(issue, user, fileName(id, at), document);
        boolean verified = versions(issue, id).stream().anyMatch(kept -> kept.number() == at
                && document.equals(data(kept.attachment())));
        if (!verified) {
            throw new HostUnavailableException("the moved wireframe " + id + " does not read back as written", null);
        }
        return at;
    }

    /** Refuses, as a save would, a user who may not attach files to the issue or a Jira with attachments off. */
    void checkMayAttach(String contentId, String userKey) {
        issues.issue(contentId).ifPresent(issue -> mayAttach(issue, userKey));
    }

    private ApplicationUser mayAttach(MutableIssue issue, String userKey) {
        ApplicationUser user = userKey == null ? null : users.getUserByKey(userKey);
        if (user == null || !permissions.hasPermission(ProjectPermissions.CREATE_ATTACHMENTS, issue, user)) {
            throw new WriteRefusedException(403, "NO_ATTACHMENT_PERMISSION", Message.of(
                    "plainframe.wireframe.api.no-issue-attachment-permission"));
        }
        if (!attachments.attachmentsEnabled()) {
            throw new WriteRefusedException(503, "ATTACHMENTS_DISABLED", Message.of(
                    "plainframe.wireframe.api.attachments-disabled"));
        }
        return user;
    }

    /**
     * Attaches the document from a file of its own (Jira moves it into its attachment store), then reads the list
     * back: the document counts as saved only when Jira lists it with all its bytes.
     */
    private void attach(MutableIssue issue, ApplicationUser user, String name, String document) {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        Path file = null;
        try {
            file = Files.createTempFile("plainframe-", ".json");
            Files.write(file, bytes);
            attachments.createAttachment(new CreateAttachmentParamsBean.Builder(file.toFile(), name, MEDIA_TYPE,
                    user, issue).copySourceFile(false).build());
        } catch (IOException | AttachmentException e) {
            throw new HostUnavailableException("Jira could not attach " + name, e);
        } finally {
            deleteQuietly(file);
        }
        boolean listed = attachments.getAttachments(issue).stream().anyMatch(attachment ->
                name.equals(attachment.getFilename()) && Long.valueOf(bytes.length).equals(attachment.getFilesize()));
        if (!listed) {
            throw new HostUnavailableException("Jira does not list the attached " + name, null);
        }
    }

    /** Deletes the versions more than {@link #KEPT_VERSIONS} below the one just written; a failure costs space only. */
    private void prune(MutableIssue issue, WireframeId id, long written) {
        for (Version old : versions(issue, id)) {
            if (old.number() <= written - KEPT_VERSIONS) {
                try {
                    attachments.deleteAttachment(old.attachment());
                } catch (RemoveException | RuntimeException e) {
                    System.getLogger(AttachmentWireframeDocuments.class.getName()).log(System.Logger.Level.WARNING,
                            "An old version of a wireframe stays attached: " + old.attachment().getFilename(), e);
                }
            }
        }
    }

    private long latest(MutableIssue issue, WireframeId id) {
        return versions(issue, id).stream().mapToLong(Version::number).max().orElse(0);
    }

    /** The issue's attachments named as versions of this wireframe (Jira lists them in no order we rely on). */
    private List<Version> versions(MutableIssue issue, WireframeId id) {
        String prefix = prefix(id);
        List<Version> versions = new ArrayList<>();
        for (Attachment attachment : attachments.getAttachments(issue)) {
            String name = attachment.getFilename();
            if (name == null || !name.startsWith(prefix) || !name.endsWith(".json")) {
                continue;
            }
            String number = name.substring(prefix.length(), name.length() - ".json".length());
            if (number.matches("[1-9][0-9]{0,17}")) {
                versions.add(new Version(Long.parseLong(number), attachment));
            }
        }
        return versions;
    }

    private String data(Attachment attachment) {
        try {
            return attachments.streamAttachmentContent(attachment, in -> new String(
                    in.readNBytes(WireframeFormat.MAX_BYTES + 1), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new HostUnavailableException("Jira could not read " + attachment.getFilename(), e);
        }
    }

    static String lockName(WireframeId id) {
        return "io.plainframe.jira.wireframe." + id.value();
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Jira moved it, or the temporary directory is cleaned by the system: nothing of the wireframe's.
        }
    }

    /** An attachment that is a version of a wireframe. */
    private record Version(long number, Attachment attachment) {

        long attachmentId() {
            Long id = attachment.getId();
            return id == null ? 0 : id;
        }
    }
}
