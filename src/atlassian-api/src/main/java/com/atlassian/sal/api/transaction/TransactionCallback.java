package com.atlassian.sal.api.transaction;

/** Stand-in for SAL's {@code TransactionCallback}: the work done inside a transaction. */
public interface TransactionCallback<T> {
    T doInTransaction();
}
