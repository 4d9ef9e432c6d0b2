package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SaveContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Stand-in for Confluence's {@code AttachmentManager}. Partial: only the members Plainframe calls, none of them
 * deprecated in 8.7.2 (the real interface is also {@code @Transactional}).
 */
public interface AttachmentManager {

    List<Attachment> getLatestVersionsOfAttachments(ContentEntityObject content);

    List<Attachment> getAllVersions(Attachment attachment);

    InputStream getAttachmentData(Attachment attachment);

    void saveAttachment(Attachment attachment, Attachment previousVersion, InputStream data) throws IOException;

    /**
     * Removes the attachment with all its versions (the real manager publishes an attachment-removed event first).
     */
    void removeAttachmentFromServer(Attachment attachment);

    /** As above, with how the change is announced: {@code DefaultSaveContext.MINOR_EDIT} notifies no watcher. */
    void saveAttachment(Attachment attachment, Attachment previousVersion, InputStream data, SaveContext context)
            throws IOException;
}
