package io.plainframe.sandbox.host;

import com.atlassian.jira.exception.RemoveException;
import com.atlassian.jira.issue.AttachmentManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.attachment.Attachment;
import com.atlassian.jira.issue.attachment.CreateAttachmentParamsBean;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.util.io.InputStreamConsumer;
import com.atlassian.jira.web.util.AttachmentException;
import io.plainframe.sandbox.Database;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Jira's attachment manager over the sandbox: a row per attachment in the database ({@code jira_attachments}, as
 * Jira's {@code fileattachment} table) and its file in the data directory ({@code jira-attachments/<issue>/<id>},
 * as Jira's attachment directory), shared by the nodes of a cluster. As strict as Jira where a plugin could lean
 * on it: no versions (a file of an existing name is one more attachment), the list in no useful order (by name,
 * descending, so {@code v10} comes before {@code v9}), the source file moved away unless the bean says to copy
 * it, a missing file or disabled attachments refused with {@link AttachmentException}, no permission checked (the
 * manager checks none; {@link #uploadByHand} is Jira's own upload, which does).
 */
public final class SandboxJiraAttachments implements AttachmentManager {

    private final Database database;
    private final Path files;
    private volatile boolean enabled = true;

    public SandboxJiraAttachments(Database database) {
        this.database = database;
        this.files = database.directory().resolve("jira-attachments");
    }

    /** Turns attachments on or off, as a Jira admin can in Jira's attachment settings. */
    public void enable(boolean on) {
        this.enabled = on;
    }

    @Override
    public boolean attachmentsEnabled() {
        return enabled;
    }

    @Override
    public List<Attachment> getAttachments(Issue issue) {
        return list("SELECT id, issue_id, file_name, mime_type, file_size, author, created FROM jira_attachments "
                + "WHERE issue_id = ? ORDER BY file_name DESC, id", issue.getId());
    }

    /** Every attachment of the issue, for tests: name, size and author. */
    public List<Attachment> attachmentsOf(long issueId) {
        return list("SELECT id, issue_id, file_name, mime_type, file_size, author, created FROM jira_attachments "
                + "WHERE issue_id = ? ORDER BY id", issueId);
    }

    @Override
    public ChangeItemBean createAttachment(CreateAttachmentParamsBean bean) throws AttachmentException {
        if (!enabled) {
            throw new AttachmentException("Attachments are disabled.");
        }
        File source = bean.getFile();
        if (source == null || !source.isFile()) {
            throw new AttachmentException("The file " + source + " does not exist.");
        }
        try {
            long id = insert(bean.getIssue().getId(), bean.getFilename(), bean.getContentType(), source.length(),
                    bean.getAuthor().getKey());
            Path target = file(bean.getIssue().getId(), id);
            Files.createDirectories(target.getParent());
            if (Boolean.TRUE.equals(bean.getCopySourceFile())) {
                Files.copy(source.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(source.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | SQLException e) {
            throw new AttachmentException("Could not save " + bean.getFilename(), e);
        }
        return null;
    }

    /**
     * Jira's own "attach files" (its screens and {@code POST /rest/api/2/issue/{key}/attachments}): one more
     * attachment, written as it is, whoever attaches it.
     */
    public long uploadByHand(long issueId, String fileName, byte[] data, String userKey) {
        try {
            long id = insert(issueId, fileName, "application/json", data.length, userKey);
            Path target = file(issueId, id);
            Files.createDirectories(target.getParent());
            Files.write(target, data);
            return id;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("the sandbox could not attach " + fileName, e);
        }
    }

    @Override
    public void deleteAttachment(Attachment attachment) throws RemoveException {
        try (Connection connection = database.connection();
             PreparedStatement sql = connection.prepareStatement("DELETE FROM jira_attachments WHERE id = ?")) {
            sql.setLong(1, attachment.getId());
            if (sql.executeUpdate() == 0) {
                throw new RemoveException("No attachment " + attachment.getId());
            }
            Files.deleteIfExists(file(attachment.getIssueId(), attachment.getId()));
        } catch (SQLException | IOException e) {
            throw new RemoveException("Could not delete attachment " + attachment.getId(), e);
        }
    }

    @Override
    public <T> T streamAttachmentContent(Attachment attachment, InputStreamConsumer<T> consumer) throws IOException {
        try (InputStream in = Files.newInputStream(file(attachment.getIssueId(), attachment.getId()))) {
            return consumer.withInputStream(in);
        }
    }

    private Path file(long issueId, long id) {
        return files.resolve(Long.toString(issueId)).resolve(Long.toString(id));
    }

    private long insert(long issueId, String fileName, String mimeType, long size, String author)
            throws SQLException {
        try (Connection connection = database.connection();
             PreparedStatement sql = connection.prepareStatement("INSERT INTO jira_attachments (issue_id, file_name, "
                     + "mime_type, file_size, author, created) VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP)",
                     Statement.RETURN_GENERATED_KEYS)) {
            sql.setLong(1, issueId);
            sql.setString(2, fileName);
            sql.setString(3, mimeType);
            sql.setLong(4, size);
            sql.setString(5, author);
            sql.executeUpdate();
            try (ResultSet keys = sql.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private List<Attachment> list(String query, long issueId) {
        List<Attachment> attachments = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement sql = connection.prepareStatement(query)) {
            sql.setLong(1, issueId);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    attachments.add(new StoredAttachment(rows.getLong(1), rows.getLong(2), rows.getString(3),
                            rows.getString(4), rows.getLong(5), rows.getString(6), rows.getTimestamp(7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the sandbox could not list attachments", e);
        }
        return attachments;
    }

    /** An attachment as stored. */
    static final class StoredAttachment extends Attachment {

        private final long id;
        private final long issueId;
        private final String fileName;
        private final String mimeType;
        private final long size;
        private final String author;
        private final Timestamp created;

        StoredAttachment(long id, long issueId, String fileName, String mimeType, long size, String author,
                         Timestamp created) {
            super(null, null);
            this.id = id;
            this.issueId = issueId;
            this.fileName = fileName;
            this.mimeType = mimeType;
            this.size = size;
            this.author = author;
            this.created = created;
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
            return fileName;
        }

        @Override
        public String getMimetype() {
            return mimeType;
        }

        @Override
        public Long getFilesize() {
            return size;
        }

        @Override
        public String getAuthorKey() {
            return author;
        }

        @Override
        public Timestamp getCreated() {
            return created == null ? null : new Timestamp(created.getTime());
        }
    }
}
