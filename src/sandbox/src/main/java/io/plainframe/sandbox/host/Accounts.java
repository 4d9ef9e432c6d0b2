package io.plainframe.sandbox.host;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The sandbox's password rule (SPEC 10): every user's password is their username; deactivated users cannot log in. */
public final class Accounts {

    private Accounts() {
    }

    public static boolean passwordMatches(SandboxUsers users, String username, String password) {
        if (username == null || password == null) {
            return false;
        }
        return users.byName(username).filter(SandboxUsers.User::active)
                .map(user -> MessageDigest.isEqual(user.username().getBytes(StandardCharsets.UTF_8),
                        password.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }
}
