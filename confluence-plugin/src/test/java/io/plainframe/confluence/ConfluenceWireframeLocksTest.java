package io.plainframe.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.core.SaveContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.AttachmentManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.sal.api.user.UserKey;
import io.plainframe.licensing.host.ClusterLocks;
import io.plainframe.wireframes.store.WireframeId;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 1: a wireframe save takes its lock, then a transaction of its own, saves as the designer who made
 * it, commits, and only then lets the lock go, whatever transaction the REST call that asked for it is in.
 * ({@code AttachmentLockOrderTest} in the sandbox shows a second node otherwise reads the version before it.)
 */
class ConfluenceWireframeLocksTest {

    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    @Test
    void aSaveCommitsItsAttachmentBeforeItsLockIsLetGoAndSavesAsItsDesigner() throws Exception {
        checkASaveLoadsItsPageAndCommitsUnderItsLock(pages -> pages);
    }

    @Test
    void theSaveOrderCheckFailsOnASaveThatUsesTheCallersCopyOfThePage() throws Exception {
        // The save before the review finding, planted: the page the caller loaded used again inside the writer's
        // transaction, never loaded there.
        UnaryOperator<ConfluencePages> callersCopy = real -> {
            ConfluencePages reused = spy(real);
            Map<String, Optional<AbstractPage>> loaded = new HashMap<>();
            doAnswer(call -> loaded.computeIfAbsent(call.getArgument(0), real::page)).when(reused).page(anyString());
            return reused;
        };
        assertThatThrownBy(() -> checkASaveLoadsItsPageAndCommitsUnderItsLock(callersCopy))
                .isInstanceOf(AssertionError.class).hasMessageContaining("load page");
    }

    /** The save and its check; {@code asUsed} is the page lookup as the save uses it. */
    @SuppressWarnings("deprecation")
    private void checkASaveLoadsItsPageAndCommitsUnderItsLock(UnaryOperator<ConfluencePages> asUsed)
            throws Exception {
        events.clear();
        ClusterLockService lockService = mock(ClusterLockService.class);
        ClusterLock lock = mock(ClusterLock.class);
        when(lockService.getLockForName(anyString())).thenReturn(lock);
        when(lock.tryLock(anyLong(), any(TimeUnit.class))).then(call -> events.add("lock"));
        doAnswer(call -> events.add("unlock")).when(lock).unlock();
        TransactionTemplate transactions = new TransactionTemplate() {
            @Override
            public <T> T execute(com.atlassian.sal.api.transaction.TransactionCallback<T> callback) {
                events.add("begin");
                T result = callback.doInTransaction();
                events.add("commit");
                return result;
            }
        };
        PageManager pages = mock(PageManager.class);
        AbstractPage page = mock(AbstractPage.class);
        when(page.getId()).thenReturn(1001L);
        when(pages.getAbstractPage(1001L)).then(call -> {
            events.add("load page");
            return page;
        });
        ConfluenceUser ann = mock(ConfluenceUser.class);
        when(ann.getName()).thenReturn("ann");
        UserAccessor users = mock(UserAccessor.class);
        when(users.getUserByKey(new UserKey("key-ann"))).thenReturn(ann);
        PermissionManager permissions = mock(PermissionManager.class);
        when(permissions.hasCreatePermission(ann, page, Attachment.class)).thenReturn(true);
        AttachmentManager attachments = mock(AttachmentManager.class);
        List<Attachment> saved = new ArrayList<>();
        when(attachments.getLatestVersionsOfAttachments(page)).then(call -> List.copyOf(saved));
        doAnswer(call -> {
            ConfluenceUser by = AuthenticatedUserThreadLocal.get();
            events.add("save as " + (by == null ? "nobody" : by.getName()));
            Attachment attachment = mock(Attachment.class);
            when(attachment.getFileName()).thenReturn("plainframe-demo.json");
            when(attachment.getVersion()).thenReturn(1);
            saved.add(attachment);
            return null;
        }).when(attachments).saveAttachment(any(Attachment.class), eq(null), any(InputStream.class),
                any(SaveContext.class));

        ClusterLocks locks = ConfluencePlainframe.committed(lockService, transactions);
        AttachmentWireframeDocuments documents = new AttachmentWireframeDocuments(attachments,
                asUsed.apply(new ConfluencePages(pages)), locks, permissions, users);
        // The caller is in a transaction of its own, as Atlassian REST runs every resource method in one.
        events.add("request begins");
        assertThat(documents.write(new WireframeId("demo"), "1001", 0, "{}", "key-ann")).hasValue(1);
        events.add("request commits");

        // The page is loaded again inside the writer's own transaction (review finding): the caller's copy belongs
        // to the caller's Hibernate session.
        assertThat(events).containsExactly("request begins", "load page", "lock", "begin", "load page",
                "save as ann", "commit", "unlock", "request commits");
        assertThat(AuthenticatedUserThreadLocal.get()).as("the caller's own thread user").isNull();
    }
}
