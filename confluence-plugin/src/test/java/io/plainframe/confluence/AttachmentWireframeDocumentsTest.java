package io.plainframe.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.core.SaveContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.AttachmentManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import io.plainframe.licensing.host.ClusterLocks;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.wireframes.WireframeFormat;
import io.plainframe.wireframes.store.WireframeDocuments.Document;
import io.plainframe.wireframes.store.WireframeDocuments.Removal;
import io.plainframe.wireframes.store.WireframeDocuments.Revision;
import io.plainframe.wireframes.store.WireframeId;
import io.plainframe.wireframes.store.WriteRefusedException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Wireframe documents as page attachments, against an attachment manager that keeps versions as Confluence does. */
class AttachmentWireframeDocumentsTest {

    private static final WireframeId DEMO = new WireframeId("demo");

    private final VersionedAttachments attachments = new VersionedAttachments();
    private final PageManager pages = mock(PageManager.class);
    private final List<String> locksTaken = new ArrayList<>();
    private final ClusterLocks locks = new ClusterLocks() {
        @Override
        public <T> T locked(String name, Supplier<T> action) {
            locksTaken.add(name);
            return action.get();
        }
    };
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final UserAccessor users = mock(UserAccessor.class);
    private final AttachmentWireframeDocuments documents = new AttachmentWireframeDocuments(attachments,
            new ConfluencePages(pages), locks, permissions, users);
    private final AbstractPage page = mock(AbstractPage.class);

    @BeforeEach
    @SuppressWarnings("deprecation")
    void page1001ExistsAndAnnAndBobMayAttachFilesToIt() {
        when(page.getId()).thenReturn(1001L);
        when(pages.getAbstractPage(1001L)).thenReturn(page);
        for (String name : List.of("ann", "bob")) {
            ConfluenceUser user = mock(ConfluenceUser.class);
            when(users.getUserByKey(new UserKey("key-" + name))).thenReturn(user);
            when(permissions.hasCreatePermission(user, page, Attachment.class)).thenReturn(true);
        }
        ConfluenceUser carl = mock(ConfluenceUser.class);
        when(users.getUserByKey(new UserKey("key-carl"))).thenReturn(carl);
    }

    /** Issue 15: a page editor without the space's Add Attachments permission saves nothing, and is told why. */
    @Test
    void aSaveNeedsConfluencesPermissionToAttachFilesToThePage() {
        checkCarlsSaveIsRefused(documents);
    }

    /**
     * The negative control of the permission check: over a permission manager that lets everyone attach, which is
     * what the documents do without the check, carl's save goes through and the check fails.
     */
    @Test
    void withoutThePermissionCheckCarlsSaveGoesThroughAndFailsTheCheck() {
        PermissionManager everyone = mock(PermissionManager.class);
        when(everyone.hasCreatePermission(any(), any(), any())).thenReturn(true);
        AttachmentWireframeDocuments unchecked = new AttachmentWireframeDocuments(attachments,
                new ConfluencePages(pages), locks, everyone, users);
        assertThatThrownBy(() -> checkCarlsSaveIsRefused(unchecked)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting code to raise a throwable");
        assertThat(attachments.latest(page)).as("carl's drawing saved").hasSize(1);
    }

    private void checkCarlsSaveIsRefused(AttachmentWireframeDocuments documents) {
        assertThatThrownBy(() -> documents.write(DEMO, "1001", 0, "{\"v\":1}", "key-carl"))
                .isInstanceOfSatisfying(WriteRefusedException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(403);
                    assertThat(refused.reason()).isEqualTo("NO_ATTACHMENT_PERMISSION");
                    assertThat(refused.explanation().key()).isEqualTo(
                            "plainframe.wireframe.api.no-attachment-permission");
                });
        assertThatThrownBy(() -> documents.write(DEMO, "1001", 0, "{\"v\":1}", null))
                .isInstanceOf(WriteRefusedException.class);
        assertThat(attachments.latest(page)).isEmpty();
        assertThat(locksTaken).as("refused before the lock").isEmpty();
    }

    /** Issue 15: every save is a minor change that notifies no watcher. */
    @Test
    void everySaveIsAMinorChangeThatNotifiesNoWatcher() {
        documents.write(DEMO, "1001", 0, "{\"v\":1}", "key-ann");
        documents.write(DEMO, "1001", 1, "{\"v\":2}", "key-bob");

        checkTwoSilentMinorChanges(attachments.contexts);
    }

    /**
     * The negative control of the save-context check: what the 3-argument save (which Confluence announces to the
     * page's watchers) leaves, no context, and saves with a context that notifies, fail it.
     */
    @Test
    void savesWithoutAContextOrWithOneThatNotifiesFailTheContextCheck() {
        assertThatThrownBy(() -> checkTwoSilentMinorChanges(List.of())).isInstanceOf(AssertionError.class)
                .hasMessageContaining("two minor edits");
        SaveContext notifying = mock(SaveContext.class);
        assertThatThrownBy(() -> checkTwoSilentMinorChanges(List.of(notifying, notifying)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("two minor edits");
    }

    private static void checkTwoSilentMinorChanges(List<SaveContext> contexts) {
        assertThat(contexts).as("two minor edits")
                .containsExactly(DefaultSaveContext.MINOR_EDIT, DefaultSaveContext.MINOR_EDIT);
        assertThat(contexts).as("no watcher notified").allMatch(SaveContext::isSuppressNotifications);
    }

    @Test
    void aNewWireframeIsAJsonAttachmentOfItsPageAtVersionOne() {
        assertThat(documents.write(DEMO, "1001", 0, "{\"v\":1}", "key-ann")).hasValue(1);

        Attachment saved = attachments.latest(page).get(0);
        assertThat(saved.getFileName()).isEqualTo("plainframe-demo.json");
        assertThat(saved.getMediaType()).isEqualTo("application/json");
        assertThat(saved.getFileSize()).isEqualTo(7);
        assertThat(saved.getContainer()).isSameAs(page);
        assertThat(documents.read(DEMO, "1001")).contains(new Document("{\"v\":1}", 1));
        assertThat(locksTaken).containsExactly("io.plainframe.confluence.wireframe.demo");
    }

    @Test
    void eachSaveIsANewAttachmentVersionAndAStaleOneChangesNothing() {
        documents.write(DEMO, "1001", 0, "{\"v\":1}", "key-ann");

        assertThat(documents.write(DEMO, "1001", 1, "{\"v\":2}", "key-ann")).hasValue(2);
        assertThat(documents.write(DEMO, "1001", 1, "{\"v\":\"stale\"}", "key-bob")).isEmpty();
        assertThat(documents.write(DEMO, "1001", 0, "{\"v\":\"new\"}", "key-bob")).isEmpty();
        assertThat(documents.read(DEMO, "1001")).contains(new Document("{\"v\":2}", 2));
        assertThat(attachments.versions).isEqualTo(2);
    }

    @Test
    void ofManySavesFromTheSameVersionAtOnceUnderTheClusterLockExactlyOneWins() throws Exception {
        ReentrantLock lock = new ReentrantLock();
        AttachmentWireframeDocuments locked = new AttachmentWireframeDocuments(attachments, new ConfluencePages(pages),
                new ClusterLocks() {
                    @Override
                    public <T> T locked(String name, Supplier<T> action) {
                        lock.lock();
                        try {
                            return action.get();
                        } finally {
                            lock.unlock();
                        }
                    }
                }, permissions, users);
        locked.write(DEMO, "1001", 0, "{}", "key-ann");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<OptionalLong>> saves = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String document = "{\"by\":" + i + "}";
                saves.add(pool.submit(() -> {
                    start.await();
                    return locked.write(DEMO, "1001", 1, document, "key-ann");
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<OptionalLong> save : saves) {
                won += save.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
            assertThat(locked.read(DEMO, "1001").orElseThrow().version()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aHugeFileAttachedByHandIsReadOnlyAsFarAsTheSizeLimitAllows() {
        Attachment huge = new Attachment();
        huge.setFileName("plainframe-demo.json");
        attachments.add(page, huge, "x".repeat(WireframeFormat.MAX_BYTES * 3));

        assertThat(documents.read(DEMO, "1001").orElseThrow().text()).hasSize(WireframeFormat.MAX_BYTES + 1);
    }

    @Test
    void otherAttachmentsOfThePageAreLeftAlone() {
        Attachment other = new Attachment();
        other.setFileName("plainframe-demo.json.bak");
        attachments.add(page, other, "x");

        assertThat(documents.read(DEMO, "1001")).isEmpty();
        assertThat(documents.write(DEMO, "1001", 0, "{}", "key-ann")).hasValue(1);
        assertThat(attachments.latest(page)).hasSize(2);
    }

    @Test
    void aPageThatIsGoneHasNoWireframesAndTakesNone() {
        assertThat(documents.read(DEMO, "2002")).isEmpty();
        assertThat(documents.write(DEMO, "2002", 0, "{}", "key-ann")).isEmpty();
        assertThat(documents.write(DEMO, "not-a-page", 0, "{}", "key-ann")).isEmpty();
    }

    @Test
    void earlierVersionsAreReadFromTheAttachmentsHistory() {
        documents.write(DEMO, "1001", 0, "{\"v\":1}", "key-ann");
        documents.write(DEMO, "1001", 1, "{\"v\":2}", "key-ann");

        assertThat(documents.readVersion(DEMO, "1001", 1)).contains(new Document("{\"v\":1}", 1));
        assertThat(documents.readVersion(DEMO, "1001", 3)).isEmpty();
        assertThat(documents.read(DEMO, "1001")).contains(new Document("{\"v\":2}", 2));
    }

    /** Issue 16: the history is the attachment's versions, newest first; a delete removes them all. */
    @Test
    void theVersionsAreTheAttachmentsAndADeleteRemovesThemAllWithConfluencesRemovePermission() {
        documents.write(DEMO, "1001", 0, "{\"v\":1}", "key-ann");
        documents.write(DEMO, "1001", 1, "{\"v\":22}", "key-bob");
        // (Sizes and who saved each are the sandbox's test: this fake keeps the saved objects, which saves change.)
        assertThat(documents.versions(DEMO, "1001")).extracting(Revision::version).containsExactly(2L, 1L);
        assertThat(documents.readVersion(DEMO, "1001", 1)).contains(new Document("{\"v\":1}", 1));

        assertThatThrownBy(() -> documents.delete(DEMO, "1001", 0, "key-ann"))
                .isInstanceOf(WriteRefusedException.class).hasFieldOrPropertyWithValue("reason",
                        "NO_ATTACHMENT_PERMISSION");
        Attachment latest = attachments.latest(page).get(0);
        when(permissions.hasPermission(users.getUserByKey(new UserKey("key-ann")), Permission.REMOVE, latest))
                .thenReturn(true);
        assertThat(documents.delete(DEMO, "1001", 1, "key-ann")).isEqualTo(Removal.STALE);
        assertThat(documents.read(DEMO, "1001")).isPresent();

        assertThat(documents.delete(DEMO, "1001", 2, "key-ann")).isEqualTo(Removal.DELETED);
        assertThat(documents.read(DEMO, "1001")).isEmpty();
        assertThat(documents.versions(DEMO, "1001")).isEmpty();
        assertThat(documents.delete(DEMO, "1001", 0, "key-ann")).isEqualTo(Removal.ABSENT);
        assertThat(documents.write(DEMO, "1001", 0, "{\"v\":3}", "key-ann")).as("drawn anew").hasValue(1);
    }

    @Test
    void anAttachmentStoreThatFailsIsAnOutageNotAnAnswer() {
        documents.write(DEMO, "1001", 0, "{}", "key-ann");
        attachments.failing = true;

        assertThatThrownBy(() -> documents.write(DEMO, "1001", 1, "{}", "key-ann"))
                .isInstanceOf(HostUnavailableException.class);
        assertThatThrownBy(() -> documents.read(DEMO, "1001")).isInstanceOf(HostUnavailableException.class);
    }

    /** Keeps every version of each attachment per page, numbering versions as Confluence does. */
    private static final class VersionedAttachments implements AttachmentManager {
        private final List<Stored> stored = new ArrayList<>();
        private int versions;
        private boolean failing;

        private record Stored(ContentEntityObject page, Attachment attachment, byte[] data) {
        }

        synchronized void add(ContentEntityObject page, Attachment attachment, String data) {
            attachment.setContainer(page);
            stored.add(new Stored(page, new Numbered(attachment, 1), data.getBytes(StandardCharsets.UTF_8)));
        }

        List<Attachment> latest(ContentEntityObject page) {
            return getLatestVersionsOfAttachments(page);
        }

        @Override
        public synchronized List<Attachment> getLatestVersionsOfAttachments(ContentEntityObject content) {
            return stored.stream().filter(entry -> entry.page() == content).map(Stored::attachment)
                    .filter(attachment -> stored.stream().noneMatch(other -> other.page() == content
                            && other.attachment().getFileName().equals(attachment.getFileName())
                            && other.attachment().getVersion() > attachment.getVersion())).toList();
        }

        @Override
        public synchronized List<Attachment> getAllVersions(Attachment attachment) {
            return stored.stream().filter(entry -> entry.page() == attachment.getContainer()
                    && entry.attachment().getFileName().equals(attachment.getFileName()))
                    .map(Stored::attachment).toList();
        }

        @Override
        public synchronized InputStream getAttachmentData(Attachment attachment) {
            if (failing) {
                return new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("disk gone");
                    }
                };
            }
            return stored.stream().filter(entry -> entry.attachment() == attachment).findFirst()
                    .map(entry -> new ByteArrayInputStream(entry.data())).orElse(null);
        }

        /** How each save was announced: Confluence notifies watchers of a save without a context. */
        final List<SaveContext> contexts = new ArrayList<>();

        @Override
        public synchronized void saveAttachment(Attachment attachment, Attachment previousVersion, InputStream data,
                                                SaveContext context) throws IOException {
            contexts.add(context);
            saveAttachment(attachment, previousVersion, data);
        }

        @Override
        public synchronized void saveAttachment(Attachment attachment, Attachment previousVersion, InputStream data)
                throws IOException {
            if (failing) {
                throw new IOException("disk full");
            }
            int version = previousVersion == null ? 1 : previousVersion.getVersion() + 1;
            stored.add(new Stored(attachment.getContainer(), new Numbered(attachment, version), data.readAllBytes()));
            versions++;
        }

        @Override
        public synchronized void removeAttachmentFromServer(Attachment attachment) {
            stored.removeIf(entry -> entry.page() == attachment.getContainer()
                    && entry.attachment().getFileName().equals(attachment.getFileName()));
        }
    }

    /** An attachment with the version the manager gave it. */
    private static final class Numbered extends Attachment {
        private final int version;

        Numbered(Attachment attachment, int version) {
            this.version = version;
            setFileName(attachment.getFileName());
            setMediaType(attachment.getMediaType());
            setFileSize(attachment.getFileSize());
            setContainer(attachment.getContainer());
        }

        @Override
        public int getVersion() {
            return version;
        }

        @Override
        public Object clone() {
            return new Numbered(this, version);
        }
    }
}
