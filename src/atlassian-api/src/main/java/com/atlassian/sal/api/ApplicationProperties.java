package com.atlassian.sal.api;

import java.io.File;
import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;

/** Stand-in for SAL's {@code ApplicationProperties} ({@code @PublicApi} there); see the package documentation. */
public interface ApplicationProperties {
    String PLATFORM_BAMBOO = "bamboo";
    String PLATFORM_BITBUCKET = "bitbucket";
    String PLATFORM_CONFLUENCE = "conf";
    String PLATFORM_CROWD = "crowd";
    String PLATFORM_FECRU = "fisheye";
    String PLATFORM_JIRA = "jira";
    String PLATFORM_STASH = "stash";

    @Deprecated
    String getBaseUrl();

    String getBaseUrl(UrlMode urlMode);

    String getDisplayName();

    String getPlatformId();

    String getVersion();

    Date getBuildDate();

    String getBuildNumber();

    @Deprecated
    File getHomeDirectory();

    Optional<Path> getLocalHomeDirectory();

    Optional<Path> getSharedHomeDirectory();

    @Deprecated
    String getPropertyValue(String key);

    String getApplicationFileEncoding();
}
