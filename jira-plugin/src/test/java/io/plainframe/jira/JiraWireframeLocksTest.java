package io.plainframe.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 1, for Jira's wireframe attachments: a save takes its lock, then a transaction of its own, makes
 * the attachment, commits, and only then lets the lock go, whatever transaction the REST call is in; otherwise a
 * save on another node could read the version before it (as {@code AttachmentLockOrderTest} shows for Confluence's).
 */
class JiraWireframeLocksTest extends IssueAttachmentsFixture {

    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    @Test
    void aSaveCommitsItsAttachmentBeforeItsLockIsLetGo() throws Exception {
        ClusterLockService lockService = mock(ClusterLockService.class);
        ClusterLock lock = mock(ClusterLock.class);
        when(lockService.getLockForName(anyString())).thenReturn(lock);
        when(lock.tryLock(anyLong(), any(TimeUnit.class))).then(call -> events.add("lock"));
        doAnswer(call -> events.add("unlock")).when(lock).unlock();
        TransactionTemplate transactions = new TransactionTemplate() {
            @Override
            public <T> T execute(TransactionCallback<T> callback) {
                events.add("begin with " + attachments.names().size() + " attachments");
                T result = callback.doInTransaction();
                events.add("commit with " + attachments.names().size() + " attachments");
                return result;
            }
        };
        AttachmentWireframeDocuments committed = new AttachmentWireframeDocuments(attachments,
                new JiraIssues(issueManager), JiraPlainframe.committed(lockService, transactions), permissions, users);

        events.add("request begins");
        assertThat(committed.write(DEMO, "DEMO-1", 0, "{}", "key-ann")).hasValue(1);
        events.add("request commits");

        assertThat(events).containsExactly("request begins", "lock", "begin with 0 attachments",
                "commit with 1 attachments", "unlock", "request commits");
    }
}
