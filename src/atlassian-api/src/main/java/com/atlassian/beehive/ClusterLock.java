package com.atlassian.beehive;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/** Stand-in for beehive's {@code ClusterLock} ({@code @PublicApi} there): a {@link Lock} held cluster-wide. */
public interface ClusterLock extends Lock {
    boolean isHeldByCurrentThread();

    @Override
    Condition newCondition();

    @Override
    void lockInterruptibly() throws InterruptedException;
}
