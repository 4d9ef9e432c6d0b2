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
}
