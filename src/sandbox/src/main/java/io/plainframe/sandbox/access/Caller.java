package io.plainframe.sandbox.access;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;

/**
 * What an access rule may ask about the user of a request, as the host's SAL {@code UserManager} answers it.
 *
 * @param signedIn          whether anyone is signed in
 * @param admin             an administrator ({@code UserManager.isAdmin})
 * @param systemAdmin       a system administrator ({@code UserManager.isSystemAdmin})
 * @param licensed          holds a product license ({@code UserManager.isLicensed})
 * @param limitedUnlicensed a user of the site's limited unlicensed access ({@code isLimitedUnlicensedUser})
 * @param anonymousSite     whether the site lets anonymous visitors in ({@code isAnonymousAccessEnabled})
 */
public record Caller(boolean signedIn, boolean admin, boolean systemAdmin, boolean licensed,
                     boolean limitedUnlicensed, boolean anonymousSite) {

    /** The user the host has bound to this request, or an anonymous caller. */
    public static Caller current(UserManager users) {
        UserKey key = users.getRemoteUserKey();
        if (key == null) {
            return new Caller(false, false, false, false, false, users.isAnonymousAccessEnabled());
        }
        return new Caller(true, users.isAdmin(key), users.isSystemAdmin(key), users.isLicensed(key),
                users.isLimitedUnlicensedUser(key), users.isAnonymousAccessEnabled());
    }
}
