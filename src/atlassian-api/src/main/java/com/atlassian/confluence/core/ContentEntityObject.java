package com.atlassian.confluence.core;

/**
 * Stand-in for Confluence's {@code ContentEntityObject}. Partial and flattened: in the real API {@code getId()} is
 * declared on {@code com.atlassian.core.bean.EntityObject} (atlassian-core), several superclasses up; calls
 * compiled against this copy still link because method resolution searches the superclasses.
 */
public abstract class ContentEntityObject {
    protected ContentEntityObject() {
        super();
    }

    /** The content id; {@code 0} until persisted, as in the real {@code EntityObject}. */
    public long getId() {
        return 0L;
    }

    /** Declared here in the real API. */
    public String getIdAsString() {
        return String.valueOf(getId());
    }

    /** Declared here in the real API. */
    public String getTitle() {
        return null;
    }

    /** Declared here in the real API. */
    public void setVersionComment(String versionComment) {
        // Stand-in: no state.
    }

    /** Declared here in the real API. */
    public void addAttachment(com.atlassian.confluence.pages.Attachment attachment) {
        // Stand-in: no state.
    }

    /** Declared on {@code AbstractVersionedEntityObject} in the real API, a superclass. */
    public int getVersion() {
        return 0;
    }

    /** Declared on {@code ConfluenceEntityObject} in the real API, a superclass: who saved this version last. */
    public com.atlassian.confluence.user.ConfluenceUser getLastModifier() {
        return null;
    }

    /**
     * Declared on {@code com.atlassian.core.bean.EntityObject} (atlassian-core) in the real API: when this version was
     * saved (the creation date when never modified).
     */
    public java.util.Date getLastModificationDate() {
        return null;
    }

    /** Declared on {@code ConfluenceEntityObject} in the real API, a superclass: whether it has an id yet. */
    public boolean isPersistent() {
        return getId() != 0L;
    }
}
