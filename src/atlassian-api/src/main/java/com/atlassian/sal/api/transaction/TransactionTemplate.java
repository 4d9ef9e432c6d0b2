package com.atlassian.sal.api.transaction;

/** Stand-in for SAL's {@code TransactionTemplate}: runs a callback in a host transaction. */
public interface TransactionTemplate {
    <T> T execute(TransactionCallback<T> callback);
}
