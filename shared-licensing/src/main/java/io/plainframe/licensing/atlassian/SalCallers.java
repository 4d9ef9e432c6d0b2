package io.plainframe.licensing.atlassian;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.plainframe.licensing.web.Caller;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import javax.servlet.http.HttpServletRequest;

/** Who sent a request, as SAL authenticated them; administrators are the host's admins and system admins. */
public final class SalCallers {

    private final UserManager users;

    public SalCallers(UserManager users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    public Caller caller(HttpServletRequest request) {
        UserKey key = users.getRemoteUserKey(request);
        if (key == null) {
            return Caller.ANONYMOUS;
        }
        UserProfile profile = users.getUserProfile(key);
        String username = profile == null ? key.getStringValue() : profile.getUsername();
        boolean admin = users.isAdmin(key) || users.isSystemAdmin(key);
        return new Caller(key.getStringValue(), username, admin);
    }

    /** The signed-in user of the request being served, by SAL's thread-bound view; {@code null} when anonymous. */
    public String currentUserKey() {
        UserKey key = users.getRemoteUserKey();
        return key == null ? null : key.getStringValue();
    }

    /**
     * Whether the request signed in the caller with HTTP basic auth: its credentials are the caller's own and
     * correct. A script authenticating every request so needs no WebSudo; a browser session with some other
     * Authorization header does.
     */
    public boolean signedInByBasicAuth(HttpServletRequest request, Caller caller) {
        String header = request.getHeader("Authorization");
        if (caller.isAnonymous() || header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = credentials.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String username = credentials.substring(0, colon);
        return username.equals(caller.username()) && users.authenticate(username, credentials.substring(colon + 1));
    }
}
