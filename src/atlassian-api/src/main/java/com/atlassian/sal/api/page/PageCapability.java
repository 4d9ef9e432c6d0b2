package com.atlassian.sal.api.page;

/** Stand-in for SAL's {@code PageCapability}. */
public enum PageCapability {
    IFRAME
}
