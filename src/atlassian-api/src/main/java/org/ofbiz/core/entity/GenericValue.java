package org.ofbiz.core.entity;

/**
 * Stand-in for OfBiz's {@code GenericValue} (Jira's entity engine), only as a parameter type of Jira's
 * {@code Attachment} constructor: no member copied, flattened (the real one extends {@code GenericEntity}).
 */
public class GenericValue {

    private GenericValue() {
        super();
    }
}
