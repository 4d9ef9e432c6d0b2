package com.atlassian.sal.api.license;

import java.util.Set;
import java.util.SortedSet;

/**
 * Stand-in for SAL's {@code LicenseHandler} ({@code @PublicApi} there). Partial: only the members Plainframe
 * reads are copied; the real interface also has setters, validators and licence-detail views.
 */
public interface LicenseHandler {
    boolean hostAllowsMultipleLicenses();

    boolean hostAllowsCustomProducts();

    Set<String> getProductKeys();

    String getServerId();

    /** Use {@link #getAllSupportEntitlementNumbers()}. */
    @Deprecated
    String getSupportEntitlementNumber();

    SortedSet<String> getAllSupportEntitlementNumbers();

    String getRawProductLicense(String productKey);
}
