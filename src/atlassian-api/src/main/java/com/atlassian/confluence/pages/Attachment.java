package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;

/**
 * Stand-in for Confluence's {@code Attachment}. Partial and flattened: the real class extends
 * {@code SpaceContentEntityObject} (which extends {@link ContentEntityObject}) and implements {@code Contained};
 * only the members Plainframe calls are copied. The host's instances are real; the sandbox uses this class's
 * fields.
 */
public class Attachment extends ContentEntityObject {

    private String fileName;
    private String mediaType;
    private long fileSize;
    private ContentEntityObject container;

    public Attachment() {
        super();
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public long getFileSize() {
        return fileSize;
    }

    public void setFileSize(long fileSize) {
        this.fileSize = fileSize;
    }

    public String getMediaType() {
        return mediaType;
    }

    public void setMediaType(String mediaType) {
        this.mediaType = mediaType;
    }

    public ContentEntityObject getContainer() {
        return container;
    }

    public void setContainer(ContentEntityObject container) {
        this.container = container;
    }

    /** Public and without {@code throws} in the real API: the previous version to pass to {@code saveAttachment}. */
    @Override
    public Object clone() {
        Attachment copy = new Attachment();
        copy.fileName = fileName;
        copy.mediaType = mediaType;
        copy.fileSize = fileSize;
        copy.container = container;
        return copy;
    }
}
