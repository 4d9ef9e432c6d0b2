package io.plainframe.sandbox.host;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The sandbox's credentials (SPEC 10): every user's password is their username, and their personal access token
 * (sent as {@code Authorization: Bearer <token>}, as Confluence's and Jira's are) is {@code sandbox-token-<username>}:
 * derived from the name, never the password, and as public as the passwords. Deactivated users can use neither.
 */
public final class Accounts {

    /** What every personal access token of the sandbox starts with. */
    public static final String TOKEN_PREFIX = "sandbox-token-";

    private Accounts() {
    }

    /** The active user a personal access token belongs to. */
    public static Optional<SandboxUsers.User> byToken(SandboxUsers users, String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return users.byName(token.substring(TOKEN_PREFIX.length())).filter(SandboxUsers.User::active);
    }

    /** A user's personal access token. */
    public static String tokenOf(String username) {
        return TOKEN_PREFIX + username;
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
