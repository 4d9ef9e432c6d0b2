package com.atlassian.confluence.core;

/**
 * Stand-in for Confluence's {@code SaveContext} (8.7.2: {@code extends OperationContext<PageUpdateTrigger>,
 * Serializable}). Partial and flattened: {@code isSuppressNotifications} is declared in {@code OperationContext}
 * in the real API; a call compiled against this copy still links, as {@code invokeinterface} resolves methods
 * inherited from super-interfaces. Plainframe only passes {@link DefaultSaveContext#MINOR_EDIT}; the sandbox reads
 * the flag.
 */
public interface SaveContext {

    boolean isSuppressNotifications();

    boolean doUpdateLastModifier();
}
