package com.atlassian.sal.api.user;

import java.net.URI;

/** Stand-in for SAL's {@code UserProfile}; see the package documentation. */
public interface UserProfile {
    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();

    URI getProfilePictureUri(int width, int height);

    URI getProfilePictureUri();

    URI getProfilePageUri();
}
