package io.plainframe.jira;

import com.atlassian.jira.exception.RemoveException;
import com.atlassian.jira.issue.AttachmentManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.attachment.Attachment;
import com.atlassian.jira.issue.attachment.CreateAttachmentParamsBean;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.util.io.InputStreamConsumer;
import com.atlassian.jira.web.util.AttachmentException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Jira's attachments of issues in memory, as Jira keeps them: no versions (a file of the same name is another
 * attachment), ids that grow, the list in an order nobody should rely on (by name, descending, so {@code v10}
 * comes before {@code v9}), the source file moved away, nothing when attachments are off.
 */
final class IssueAttachments implements AttachmentManager {

    final List<Stored> stored = new ArrayList<>();
    boolean enabled = true;
    private long nextId = 100;

    @Override
    public synchronized List<Attachment> getAttachments(Issue issue) {
        return stored.stream().filter(attachment -> attachment.getIssueId().equals(issue.getId()))
                .sorted(Comparator.comparing(Stored::getFilename).reversed()).map(Attachment.class::cast).toList();
    }

    @Override
    public synchronized ChangeItemBean createAttachment(CreateAttachmentParamsBean bean) throws AttachmentException {
        if (!enabled) {
            throw new AttachmentException("Attachments are disabled.");
        }
        try {
            byte[] data = Files.readAllBytes(bean.getFile().toPath());
            if (!Boolean.TRUE.equals(bean.getCopySourceFile())) {
                Files.delete(bean.getFile().toPath());
            }
            stored.add(new Stored(nextId++, bean.getIssue().getId(), bean.getFilename(), bean.getContentType(),
                    bean.getAuthor().getKey(), data));
        } catch (IOException e) {
            throw new AttachmentException(e);
        }
        return null;
    }

    /** Attaches a file as Jira's own screens do, for whoever may attach files. */
    synchronized void attachByHand(long issueId, String name, String text) {
        stored.add(new Stored(nextId++, issueId, name, "application/json", "key-mallory",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Override
    public synchronized void deleteAttachment(Attachment attachment) throws RemoveException {
        if (!stored.removeIf(kept -> kept.getId().equals(attachment.getId()))) {
            throw new RemoveException("no attachment " + attachment.getId());
        }
    }

    @Override
    public boolean attachmentsEnabled() {
        return enabled;
    }

    @Override
    public <T> T streamAttachmentContent(Attachment attachment, InputStreamConsumer<T> consumer) throws IOException {
        return consumer.withInputStream(new ByteArrayInputStream(((Stored) attachment).data));
    }

    synchronized List<String> names() {
        return stored.stream().map(Stored::getFilename).toList();
    }

    /** One attachment. */
    static final class Stored extends Attachment {

        private final long id;
        private final long issueId;
        private final String name;
        private final String mimeType;
        private final String author;
        private final byte[] data;

        Stored(long id, long issueId, String name, String mimeType, String author, byte[] data) {
            super(null, null);
            this.id = id;
            this.issueId = issueId;
            this.name = name;
            this.mimeType = mimeType;
            this.author = author;
            this.data = data;
        }

        @Override
        public Long getId() {
            return id;
        }

        @Override
        public Long getIssueId() {
            return issueId;
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getMimetype() {
            return mimeType;
        }

        @Override
        public Long getFilesize() {
            return (long) data.length;
        }

        @Override
        public String getAuthorKey() {
            return author;
        }
    }
}
