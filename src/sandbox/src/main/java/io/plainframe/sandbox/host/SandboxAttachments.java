package io.plainframe.sandbox.host;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SaveContext;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.AttachmentManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.plainframe.sandbox.Database;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Confluence's attachment manager over the sandbox's database: every version of every attachment kept, the
 * latest listed per page. Saving numbers versions as Confluence does (1, then one more than the previous), and
 * refuses a second save from the same previous version, so a plugin that forgets its lock is caught here.
 * As Confluence does, a save notifies the page's watchers unless its save context suppresses notifications (a
 * save without a context is an ordinary one); the sandbox counts the notifications it would have sent.
 * A save inside a host transaction is the thread's own until that transaction commits, as with Confluence's
 * Hibernate session: the thread reads its own saves, others read what was committed.
 */
public final class SandboxAttachments implements AttachmentManager {

    private final Database database;
    private final HostTransactions transactions;
    private final Function<String, ConfluenceUser> users;
    private final AtomicInteger notifications = new AtomicInteger();

    /** @param users Confluence's users by key, for who saved each version */
    public SandboxAttachments(Database database, SalServices sal, Function<String, ConfluenceUser> users) {
        this.database = database;
        this.transactions = sal.hostTransactions();
        this.users = users;
    }

    /** One saved version of an attachment, as the table keeps it, with who saved it (a user key) and when. */
    record Row(long page, String fileName, int version, String mediaType, byte[] data, String creator,
               Instant created) {

        void insert(Connection connection) throws SQLException {
            try (PreparedStatement sql = connection.prepareStatement("INSERT INTO attachments (page_id, file_name, "
                    + "version, media_type, data, creator, created) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                sql.setLong(1, page);
                sql.setString(2, fileName);
                sql.setInt(3, version);
                sql.setString(4, mediaType);
                sql.setBytes(5, data);
                sql.setString(6, creator);
                sql.setTimestamp(7, Timestamp.from(created));
                sql.executeUpdate();
            }
        }

        StoredAttachment attachment(ContentEntityObject container, Function<String, ConfluenceUser> users) {
            StoredAttachment attachment = new StoredAttachment(page, version, creator == null ? null
                    : users.apply(creator), Date.from(created));
            attachment.setFileName(fileName);
            attachment.setMediaType(mediaType);
            attachment.setFileSize(data.length);
            attachment.setContainer(container);
            return attachment;
        }
    }

    /** What this thread saved in its open transaction and has not committed. */
    private List<Row> uncommitted(long page, String fileName) {
        HostTransactions.Pending pending = transactions.pending();
        return pending == null ? List.of() : pending.attachments().stream().filter(row -> row.page() == page
                && (fileName == null || row.fileName().equals(fileName))).toList();
    }

    /** Whether this thread removed the attachment in its open transaction (its committed versions are gone). */
    private boolean removedHere(long page, String fileName) {
        HostTransactions.Pending pending = transactions.pending();
        return pending != null && pending.removedAttachments().contains(List.of(page, fileName));
    }

    /** Deletes every version of an attachment (a removal's commit). */
    static void removeAll(Connection connection, long page, String fileName) throws SQLException {
        try (PreparedStatement sql = connection.prepareStatement("DELETE FROM attachments WHERE page_id = ? AND "
                + "file_name = ?")) {
            sql.setLong(1, page);
            sql.setString(2, fileName);
            sql.executeUpdate();
        }
    }

    /**
     * Removes the attachment with every version, as Confluence does; inside a host transaction, when it commits.
     * Only the latest version may be passed, as the real manager's DAO moves to it first.
     */
    @Override
    public void removeAttachmentFromServer(Attachment attachment) {
        long page = attachment.getContainer().getId();
        String fileName = attachment.getFileName();
        HostTransactions.Pending pending = transactions.pending();
        if (pending != null) {
            pending.attachments().removeIf(row -> row.page() == page && row.fileName().equals(fileName));
            pending.removedAttachments().add(List.of(page, fileName));
            return;
        }
        try (Connection connection = database.connection()) {
            removeAll(connection, page, fileName);
        } catch (SQLException e) {
            throw new IllegalStateException("the sandbox could not remove " + fileName, e);
        }
    }

    @Override
    public List<Attachment> getLatestVersionsOfAttachments(ContentEntityObject content) {
        List<Attachment> latest = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement sql = connection.prepareStatement("SELECT a.file_name, a.version, a.media_type, "
                     + "LENGTH(a.data), a.creator, a.created FROM attachments a WHERE a.page_id = ? "
                     + "AND a.version = (SELECT MAX(b.version) FROM attachments b WHERE b.page_id = a.page_id "
                     + "AND b.file_name = a.file_name) ORDER BY a.file_name")) {
            sql.setLong(1, content.getId());
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    if (removedHere(content.getId(), rows.getString(1))) {
                        continue;
                    }
                    StoredAttachment attachment = new StoredAttachment(content.getId(), rows.getInt(2),
                            modifier(rows.getString(5)), date(rows.getTimestamp(6)));
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
        for (Row row : uncommitted(content.getId(), null)) {
            latest.removeIf(attachment -> attachment.getFileName().equals(row.fileName()));
            latest.add(row.attachment(content, users));
        }
        latest.sort(Comparator.comparing(Attachment::getFileName));
        return latest;
    }

    @Override
    public List<Attachment> getAllVersions(Attachment attachment) {
        List<Attachment> all = new ArrayList<>();
        List<Row> own = new ArrayList<>(uncommitted(attachment.getContainer().getId(), attachment.getFileName()));
        Collections.reverse(own);
        for (Row row : own) {
            all.add(row.attachment(attachment.getContainer(), users));
        }
        if (removedHere(attachment.getContainer().getId(), attachment.getFileName())) {
            return all;
        }
        try (Connection connection = database.connection();
             PreparedStatement sql = connection.prepareStatement("SELECT version, media_type, LENGTH(data), creator, "
                     + "created FROM attachments WHERE page_id = ? AND file_name = ? ORDER BY version DESC")) {
            sql.setLong(1, attachment.getContainer().getId());
            sql.setString(2, attachment.getFileName());
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    StoredAttachment version = new StoredAttachment(attachment.getContainer().getId(), rows.getInt(1),
                            modifier(rows.getString(4)), date(rows.getTimestamp(5)));
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
        for (Row row : uncommitted(attachment.getContainer().getId(), attachment.getFileName())) {
            if (row.version() == attachment.getVersion()) {
                return new ByteArrayInputStream(row.data());
            }
        }
        if (removedHere(attachment.getContainer().getId(), attachment.getFileName())) {
            return null;
        }
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
        // Confluence records the signed-in user of the thread as the version's modifier.
        ConfluenceUser saver = AuthenticatedUserThreadLocal.get();
        Row row = new Row(page, attachment.getFileName(), version, attachment.getMediaType(), data.readAllBytes(),
                saver == null ? null : saver.getKey().getStringValue(), Instant.now());
        HostTransactions.Pending pending = transactions.pending();
        if (pending != null) {
            if (pending.attachments().stream().anyMatch(own -> own.page() == page
                    && own.fileName().equals(row.fileName()) && own.version() == version)) {
                throw new IOException("the sandbox could not save version " + version + " of "
                        + attachment.getFileName() + " twice in one transaction");
            }
            pending.attachments().add(row); // committed with the transaction, or never
            return;
        }
        try (Connection connection = database.connection()) {
            row.insert(connection);
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
             PreparedStatement sql = connection.prepareStatement("INSERT INTO attachments (page_id, file_name, "
                     + "version, media_type, data, created) SELECT ?, ?, COALESCE(MAX(version), 0) + 1, "
                     + "'application/json', ?, CURRENT_TIMESTAMP FROM attachments WHERE page_id = ? "
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

    private ConfluenceUser modifier(String userKey) {
        return userKey == null ? null : users.apply(userKey);
    }

    private static Date date(Timestamp at) {
        return at == null ? null : new Date(at.getTime());
    }

    /** An attachment as stored: its page, version, modifier and date are the database's. */
    static final class StoredAttachment extends Attachment {

        private final long pageId;
        private final int version;
        private final ConfluenceUser modifier;
        private final Date modified;

        StoredAttachment(long pageId, int version, ConfluenceUser modifier, Date modified) {
            this.pageId = pageId;
            this.version = version;
            this.modifier = modifier;
            this.modified = modified;
        }

        @Override
        public ConfluenceUser getLastModifier() {
            return modifier;
        }

        @Override
        public Date getLastModificationDate() {
            return modified == null ? null : new Date(modified.getTime());
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
            StoredAttachment copy = new StoredAttachment(pageId, version, modifier, modified);
            copy.setFileName(getFileName());
            copy.setMediaType(getMediaType());
            copy.setFileSize(getFileSize());
            copy.setContainer(getContainer());
            return copy;
        }
    }
}
