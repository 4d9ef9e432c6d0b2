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
     * The caller of a REST request and what the host's access annotations ask about them. SAL members used, all
     * verified in sal-api 5.1.4 (DF, see src/atlassian-api/README.md): {@code isSystemAdmin(UserKey)},
     * {@code isLicensed(UserKey)}, {@code isLimitedUnlicensedUser(UserKey)}, {@code isAnonymousAccessEnabled()} -
     * the members Atlassian REST's own access filter (atlassian-rest-module 7.1.9) asks.
     */
    public Requester requester(HttpServletRequest request) {
        Caller caller = caller(request);
        if (caller.isAnonymous()) {
            return new Requester(caller, false, false, false, users.isAnonymousAccessEnabled(), false);
        }
        UserKey key = new UserKey(caller.userKey());
        boolean licensed = users.isLicensed(key);
        boolean limitedUnlicensed = !licensed && users.isLimitedUnlicensedUser(key);
        return new Requester(caller, users.isSystemAdmin(key), licensed, limitedUnlicensed,
                users.isAnonymousAccessEnabled(), signedInByHeader(request, caller));
    }

    /**
     * Whether the host signed the caller in from this request's own {@code Authorization} header: basic auth
     * naming the caller (checked without their password: the host already did) or a personal access token
     * ({@code Bearer}). Hosts refuse a request whose header credentials fail, so a signed-in caller with such a
     * header is the header's user. A browser session with some other Authorization header does not count.
     */
    static boolean signedInByHeader(HttpServletRequest request, Caller caller) {
        String header = request.getHeader("Authorization");
        if (caller.isAnonymous() || header == null) {
            return false;
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return !header.substring(7).isBlank();
        }
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = credentials.indexOf(':');
        // Usernames are case-insensitive in both products.
        return colon >= 0 && credentials.substring(0, colon).equalsIgnoreCase(caller.username());
    }
}
