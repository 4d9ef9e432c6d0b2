package com.atlassian.sal.api.user;

import java.security.Principal;
import javax.servlet.http.HttpServletRequest;

/** Stand-in for SAL's {@code UserManager}; see the package documentation. */
public interface UserManager {
    @Deprecated
    String getRemoteUsername();

    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    @Deprecated
    String getRemoteUsername(HttpServletRequest request);

    UserProfile getRemoteUser(HttpServletRequest request);

    UserKey getRemoteUserKey(HttpServletRequest request);

    UserProfile getUserProfile(String username);

    UserProfile getUserProfile(UserKey userKey);

    @Deprecated
    boolean isUserInGroup(String username, String group);

    boolean isUserInGroup(UserKey userKey, String group);

    @Deprecated
    boolean isSystemAdmin(String username);

    boolean isSystemAdmin(UserKey userKey);

    @Deprecated
    boolean isAdmin(String username);

    boolean isAdmin(UserKey userKey);

    boolean isLicensed(UserKey userKey);

    /** Limited unlicensed access is on, the user exists and holds no licence. */
    default boolean isLimitedUnlicensedUser(UserKey userKey) {
        if (!isLimitedUnlicensedAccessEnabled()) {
            return false;
        }
        return getUserProfile(userKey) != null && !isLicensed(userKey);
    }

    boolean authenticate(String username, String password);

    Principal resolve(String username) throws UserResolutionException;

    Iterable<String> findGroupNamesByPrefix(String prefix, int startIndex, int maxResults);

    boolean isAnonymousAccessEnabled();

    boolean isLimitedUnlicensedAccessEnabled();
}
