package io.plainframe.sandbox.host;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SaveContext;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.AttachmentManager;
import io.plainframe.sandbox.Database;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Confluence's attachment manager over the sandbox's database: every version of every attachment kept, the
 * latest listed per page. Saving numbers versions as Confluence does (1, then one more than the previous), and
 * refuses a second save from the same previous version, so a plugin that forgets its lock is caught here.
 * As Confluence does, a save notifies the page's watchers unless its save context suppresses notifications (a
 * save without a context is an ordinary one); the sandbox counts the notifications it would have sent.
 */
public final class SandboxAttachments implements AttachmentManager {

    private final Database database;
    private final AtomicInteger notifications = new AtomicInteger();

    public SandboxAttachments(Database database) {
        this.database = database;
    }

    @Override
    public List<Attachment> getLatestVersionsOfAttachments(ContentEntityObject content) {
        List<Attachment> latest = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement sql = connection.prepareStatement("SELECT a.file_name, a.version, a.media_type, "
                     + "LENGTH(a.data) FROM attachments a WHERE a.page_id = ? AND a.version = (SELECT MAX(b.version) "
                     + "FROM attachments b WHERE b.page_id = a.page_id AND b.file_name = a.file_name) "
                     + "ORDER BY a.file_name")) {
            sql.setLong(1, content.getId());
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    StoredAttachment attachment = new StoredAttachment(content.getId(), rows.getInt(2));
                    attachment.setFileName(rows.getString(1));
                    attachment.setMediaType(rows.getString(3));
                    attachment.setFileSize(rows.getLong(4));
                    attachment.setContainer(content);
                    latest.add(attachment);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the sandbox could not list attachments", e);
        }
        return latest;
    }

    @Override
    public List<Attachment> getAllVersions(Attachment attachment) {
        List<Attachment> all = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement sql = connection.prepareStatement("SELECT version, media_type, LENGTH(data) FROM "
                     + "attachments WHERE page_id = ? AND file_name = ? ORDER BY version DESC")) {
            sql.setLong(1, attachment.getContainer().getId());
            sql.setString(2, attachment.getFileName());
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    StoredAttachment version = new StoredAttachment(attachment.getContainer().getId(), rows.getInt(1));
                    version.setFileName(attachment.getFileName());
                    version.setMediaType(rows.getString(2));
                    version.setFileSize(rows.getLong(3));
                    version.setContainer(attachment.getContainer());
                    all.add(version);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the sandbox could not list attachment versions", e);
        }
        return all;
    }

    @Override
    public InputStream getAttachmentData(Attachment attachment) {
        try (Connection connection = database.connection();
             PreparedStatement sql = connection.prepareStatement("SELECT data FROM attachments WHERE page_id = ? "
                     + "AND file_name = ? AND version = ?")) {
            sql.setLong(1, attachment.getContainer().getId());
            sql.setString(2, attachment.getFileName());
            sql.setInt(3, attachment.getVersion());
            try (ResultSet rows = sql.executeQuery()) {
                return rows.next() ? new ByteArrayInputStream(rows.getBytes(1)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the sandbox could not read an attachment", e);
        }
    }

    /** How many "attachment updated" notifications went to the page's watchers. */
    public int notificationsSent() {
        return notifications.get();
    }

    @Override
    public void saveAttachment(Attachment attachment, Attachment previousVersion, InputStream data,
                               SaveContext context) throws IOException {
        store(attachment, previousVersion, data);
        if (context == null || !context.isSuppressNotifications()) {
            notifications.incrementAndGet();
        }
    }

    @Override
    public void saveAttachment(Attachment attachment, Attachment previousVersion, InputStream data)
            throws IOException {
        store(attachment, previousVersion, data);
        notifications.incrementAndGet();
    }

    private void store(Attachment attachment, Attachment previousVersion, InputStream data) throws IOException {
        long page = attachment.getContainer().getId();
        int version = previousVersion == null ? 1 : previousVersion.getVersion() + 1;
        byte[] bytes = data.readAllBytes();
        try (Connection connection = database.connection();
             PreparedStatement sql = connection.prepareStatement("INSERT INTO attachments VALUES (?, ?, ?, ?, ?)")) {
            sql.setLong(1, page);
            sql.setString(2, attachment.getFileName());
            sql.setInt(3, version);
            sql.setString(4, attachment.getMediaType());
            sql.setBytes(5, bytes);
            sql.executeUpdate();
        } catch (SQLException e) {
            // A duplicate version: two saves from the same previous version. The sandbox refuses it (a primary key);
            // whether Confluence's attachment tables do is not known, so the plugin never relies on it.
            throw new IOException("the sandbox could not save version " + version + " of " + attachment.getFileName(),
                    e);
        }
    }

    /**
     * A new version of an attachment written as Confluence's own attachment screens and REST API write it, not
     * through the plugin: what anyone who may attach files to the page can do, seat or no seat.
     *
     * @return the version written
     */
    public int uploadByHand(long pageId, String fileName, byte[] data) {
        try (Connection connection = database.connection();
             PreparedStatement sql = connection.prepareStatement("INSERT INTO attachments SELECT ?, ?, "
                     + "COALESCE(MAX(version), 0) + 1, 'application/json', ? FROM attachments WHERE page_id = ? "
                     + "AND file_name = ?")) {
            sql.setLong(1, pageId);
            sql.setString(2, fileName);
            sql.setBytes(3, data);
            sql.setLong(4, pageId);
            sql.setString(5, fileName);
            sql.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the sandbox could not upload " + fileName, e);
        }
        return latestVersion(pageId, fileName);
    }

    private int latestVersion(long pageId, String fileName) {
        try (Connection connection = database.connection();
             PreparedStatement sql = connection.prepareStatement("SELECT MAX(version) FROM attachments WHERE "
                     + "page_id = ? AND file_name = ?")) {
            sql.setLong(1, pageId);
            sql.setString(2, fileName);
            try (ResultSet rows = sql.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the sandbox could not read the versions of " + fileName, e);
        }
    }

    /** An attachment as stored: its page and version are the database's. */
    static final class StoredAttachment extends Attachment {

        private final long pageId;
        private final int version;

        StoredAttachment(long pageId, int version) {
            this.pageId = pageId;
            this.version = version;
        }

        @Override
        public int getVersion() {
            return version;
        }

        @Override
        public long getId() {
            return pageId * 1000 + version;
        }

        @Override
        public Object clone() {
            StoredAttachment copy = new StoredAttachment(pageId, version);
            copy.setFileName(getFileName());
            copy.setMediaType(getMediaType());
            copy.setFileSize(getFileSize());
            copy.setContainer(getContainer());
            return copy;
        }
    }
}
