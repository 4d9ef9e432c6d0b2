package com.atlassian.jira.issue;

import com.atlassian.jira.exception.RemoveException;
import com.atlassian.jira.issue.attachment.Attachment;
import com.atlassian.jira.issue.attachment.CreateAttachmentParamsBean;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.util.io.InputStreamConsumer;
import com.atlassian.jira.web.util.AttachmentException;
import java.io.IOException;
import java.util.List;

/**
 * Stand-in for Jira's {@code AttachmentManager}. Partial: the five members Plainframe calls, as declared in
 * the Jira 6.3.15 source (J6 in the module README; UNVERIFIED against 9.12, 10.3 and 11 jars). The real {@code
 * getAttachments} also declares the unchecked {@code DataAccessException}, left out. The manager checks no permission:
 * callers check {@code CREATE_ATTACHMENTS} themselves.
 */
public interface AttachmentManager {

    /** Every attachment of the issue. */
    List<Attachment> getAttachments(Issue issue);

    /** Creates an attachment on disk and in the database (moving the file unless the bean says to copy it). */
    ChangeItemBean createAttachment(CreateAttachmentParamsBean createAttachmentParamsBean)
            throws AttachmentException;

    /** Deletes an attachment from the database and the attachment store. */
    void deleteAttachment(Attachment attachment) throws RemoveException;

    /** Whether attachments are enabled in Jira (and its attachment directory exists). */
    boolean attachmentsEnabled();

    /** The attachment's content, given to the consumer (which must not keep the stream). */
    <T> T streamAttachmentContent(Attachment attachment, InputStreamConsumer<T> consumer) throws IOException;
}
