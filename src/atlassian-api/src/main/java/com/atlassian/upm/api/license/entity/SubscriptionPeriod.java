package com.atlassian.upm.api.license.entity;

/** Stand-in for UPM's {@code SubscriptionPeriod}; constant order as in UPM 6.4.1. */
public enum SubscriptionPeriod {
    MONTHLY,
    ANNUAL
}
