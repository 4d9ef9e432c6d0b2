package com.atlassian.beehive;

/** Stand-in for beehive's {@code ClusterLockService} ({@code @PublicApi} there). */
public interface ClusterLockService {
    /** The cluster-wide lock with this name; the same name always yields the same lock. */
    ClusterLock getLockForName(String lockName);
}
