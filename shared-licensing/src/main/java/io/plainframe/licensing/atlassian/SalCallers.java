package io.plainframe.licensing.atlassian;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.plainframe.licensing.web.Caller;
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
}
