package com.atlassian.upm.api.license;

import com.atlassian.upm.api.license.entity.PluginLicense;
import com.atlassian.upm.api.util.Option;

/** Stand-in for UPM's {@code PluginLicenseManager}; see the package documentation. */
public interface PluginLicenseManager {
    Option<PluginLicense> getLicense();

    boolean isUserInLicenseRole(String username);

    Option<Integer> getCurrentUserCountInLicenseRole();

    String getPluginKey();
}
