package com.atlassian.sal.api.auth;

import com.atlassian.sal.api.page.PageCapability;
import com.atlassian.sal.api.user.UserRole;
import java.net.URI;
import java.util.EnumSet;

/** Stand-in for SAL's {@code LoginUriProvider}; see the package documentation. */
public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);

    URI getLoginUri(URI returnUri, EnumSet<PageCapability> pageCaps);

    URI getLoginUriForRole(URI returnUri, UserRole role);

    URI getLoginUriForRole(URI returnUri, UserRole role, EnumSet<PageCapability> pageCaps);
}
