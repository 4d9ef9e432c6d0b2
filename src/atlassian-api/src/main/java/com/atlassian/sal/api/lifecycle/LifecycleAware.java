package com.atlassian.sal.api.lifecycle;

/** Stand-in for SAL's {@code LifecycleAware}; see the package documentation. */
public interface LifecycleAware {
    void onStart();

    void onStop();
}
