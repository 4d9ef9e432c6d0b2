package io.plainframe.sandbox.host;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.license.LicenseHandler;
import com.atlassian.sal.api.page.PageCapability;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.sal.api.user.UserResolutionException;
import com.atlassian.sal.api.user.UserRole;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import io.plainframe.sandbox.Database;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/** SAL, as one sandbox host provides it: users, plugin settings, login, WebSudo, locks, transactions. */
public final class SalServices {

    /** How long a confirmed password lets an admin work without asking again. */
    public static final long WEBSUDO_MILLIS = TimeUnit.MINUTES.toMillis(10);
    public static final String WEBSUDO_ATTRIBUTE = "io.plainframe.sandbox.websudo";

    private final Database database;
    private final SandboxUsers users;
    private final String contextPath;
    private final ClusterLockService locks;
    private final HostTransactions transactions;

    public SalServices(Database database, SandboxUsers users, String contextPath) {
        this.database = database;
        this.users = users;
        this.contextPath = contextPath;
        this.locks = new DatabaseClusterLocks(database);
        this.transactions = new HostTransactions(database, users.host());
    }

    public UserManager userManager() {
        return new UserManager() {
            @Override
            @Deprecated
            public String getRemoteUsername() {
                Account account = Account.current();
                return account == null ? null : account.username();
            }

            @Override
            public UserProfile getRemoteUser() {
                UserKey key = getRemoteUserKey();
                return key == null ? null : getUserProfile(key);
            }

            @Override
            public UserKey getRemoteUserKey() {
                Account account = Account.current();
                return account == null ? null : new UserKey(account.userKey());
            }

            @Override
            @Deprecated
            public String getRemoteUsername(HttpServletRequest request) {
                Account account = Account.of(request);
                return account == null ? null : account.username();
            }

            @Override
            public UserProfile getRemoteUser(HttpServletRequest request) {
                UserKey key = getRemoteUserKey(request);
                return key == null ? null : getUserProfile(key);
            }

            @Override
            public UserKey getRemoteUserKey(HttpServletRequest request) {
                Account account = Account.of(request);
                return account == null ? null : new UserKey(account.userKey());
            }

            @Override
            public UserProfile getUserProfile(String username) {
                return users.byName(username).map(SalServices::profile).orElse(null);
            }

            @Override
            public UserProfile getUserProfile(UserKey key) {
                return users.byKey(key.getStringValue()).map(SalServices::profile).orElse(null);
            }

            @Override
            @Deprecated
            public boolean isUserInGroup(String username, String group) {
                return users.byName(username).map(u -> users.isMember(u.key(), group)).orElse(false);
            }

            @Override
            public boolean isUserInGroup(UserKey key, String group) {
                return users.isMember(key.getStringValue(), group);
            }

            @Override
            @Deprecated
            public boolean isSystemAdmin(String username) {
                return users.byName(username).map(SandboxUsers.User::admin).orElse(false);
            }

            @Override
            public boolean isSystemAdmin(UserKey key) {
                return users.byKey(key.getStringValue()).map(SandboxUsers.User::admin).orElse(false);
            }

            @Override
            @Deprecated
            public boolean isAdmin(String username) {
                return isSystemAdmin(username);
            }

            @Override
            public boolean isAdmin(UserKey key) {
                return isSystemAdmin(key);
            }

            /** Everyone but the members of {@link SandboxUsers#UNLICENSED} holds a product license. */
            @Override
            public boolean isLicensed(UserKey key) {
                return users.byKey(key.getStringValue()).filter(SandboxUsers.User::active).isPresent()
                        && !users.isMember(key.getStringValue(), SandboxUsers.UNLICENSED);
            }

            @Override
            public boolean authenticate(String username, String password) {
                return Accounts.passwordMatches(users, username, password);
            }

            @Override
            public Principal resolve(String username) throws UserResolutionException {
                return users.byName(username).map(u -> (Principal) u::username).orElse(null);
            }

            @Override
            public Iterable<String> findGroupNamesByPrefix(String prefix, int start, int max) {
                return users.groupsStartingWith(prefix == null ? "" : prefix, Math.max(0, start),
                        Math.max(0, max));
            }

            @Override
            public boolean isAnonymousAccessEnabled() {
                return false;
            }

            @Override
            public boolean isLimitedUnlicensedAccessEnabled() {
                return false;
            }
        };
    }

    private static UserProfile profile(SandboxUsers.User user) {
        return new UserProfile() {
            @Override
            public UserKey getUserKey() {
                return new UserKey(user.key());
            }

            @Override
            public String getUsername() {
                return user.username();
            }

            @Override
            public String getFullName() {
                return user.displayName();
            }

            @Override
            public String getEmail() {
                return user.email();
            }

            @Override
            public URI getProfilePictureUri(int width, int height) {
                return null;
            }

            @Override
            public URI getProfilePictureUri() {
                return null;
            }

            @Override
            public URI getProfilePageUri() {
                return null;
            }
        };
    }

    /**
     * PluginSettings in the database, one row per key, as text a UTF-8 database keeps: committed on every put outside
     * a transaction, at the transaction's end inside one.
     */
    public PluginSettingsFactory pluginSettings() {
        PluginSettings settings = new PluginSettings() {
            @Override
            public Object get(String key) {
                HostTransactions.Pending pending = transactions.pending();
                if (pending != null && pending.has(key)) {
                    return pending.value(key); // the transaction reads its own writes
                }
                try {
                    return database.text("SELECT v FROM plugin_settings WHERE host = ? AND k = ?", users.host(), key)
                            .orElse(null);
                } catch (SQLException e) {
                    throw new IllegalStateException("plugin settings could not be read", e);
                }
            }

            @Override
            public Object put(String key, Object value) {
                if (value == null) {
                    return remove(key);
                }
                String text = asUtf8DatabaseKeepsIt(value.toString());
                HostTransactions.Pending pending = transactions.pending();
                if (pending != null) {
                    pending.put(key, text);
                    return null;
                }
                try {
                    database.update("MERGE INTO plugin_settings KEY (host, k) VALUES (?, ?, ?)", users.host(), key,
                            text);
                    return null;
                } catch (SQLException e) {
                    throw new IllegalStateException("plugin settings could not be written", e);
                }
            }

            @Override
            public Object remove(String key) {
                HostTransactions.Pending pending = transactions.pending();
                if (pending != null) {
                    pending.put(key, null);
                    return null;
                }
                try {
                    database.update("DELETE FROM plugin_settings WHERE host = ? AND k = ?", users.host(), key);
                    return null;
                } catch (SQLException e) {
                    throw new IllegalStateException("plugin settings could not be written", e);
                }
            }
        };
        return new PluginSettingsFactory() {
            @Override
            public PluginSettings createSettingsForKey(String key) {
                return settings;
            }

            @Override
            public PluginSettings createGlobalSettings() {
                return settings;
            }
        };
    }

    /**
     * The text as a host's UTF-8 database gives it back: H2 keeps any Java string, but a JDBC driver on its way to
     * PostgreSQL or MySQL encodes to UTF-8 and stores a lone surrogate as {@code ?}. Kept as strict as the hosts.
     */
    static String asUtf8DatabaseKeepsIt(String value) {
        return new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** Locks in the database, held across every sandbox that shares it. */
    public ClusterLockService clusterLocks() {
        return locks;
    }

    public LoginUriProvider loginUris() {
        return new LoginUriProvider() {
            @Override
            public URI getLoginUri(URI returnUri) {
                // As the hosts do, the way back is kept as a path on this host, whatever URL was given.
                String path = returnUri.getRawPath() == null ? "" : returnUri.getRawPath();
                String back = path + (returnUri.getRawQuery() == null ? "" : "?" + returnUri.getRawQuery());
                return URI.create(contextPath + "/login?os_destination="
                        + URLEncoder.encode(back, StandardCharsets.UTF_8));
            }

            @Override
            public URI getLoginUri(URI returnUri, EnumSet<PageCapability> capabilities) {
                return getLoginUri(returnUri);
            }

            @Override
            public URI getLoginUriForRole(URI returnUri, UserRole role) {
                return getLoginUri(returnUri);
            }

            @Override
            public URI getLoginUriForRole(URI returnUri, UserRole role, EnumSet<PageCapability> capabilities) {
                return getLoginUri(returnUri);
            }
        };
    }

    /**
     * WebSudo: a session confirmed its password in the last ten minutes; a request that authenticated itself (basic
     * auth, a personal access token) needs none, as Atlassian REST asks none of it.
     */
    public WebSudoManager webSudo() {
        return new WebSudoManager() {
            @Override
            public boolean canExecuteRequest(HttpServletRequest request) {
                Account account = Account.of(request);
                if (account != null && account.ownCredentials()) {
                    return true;
                }
                HttpSession session = request.getSession(false);
                Object until = session == null ? null : session.getAttribute(WEBSUDO_ATTRIBUTE);
                long now = System.currentTimeMillis();
                if (until instanceof Long time && time > now) {
                    // As in the hosts, the window is ten minutes since the last admin request, not since login.
                    session.setAttribute(WEBSUDO_ATTRIBUTE, now + WEBSUDO_MILLIS);
                    return true;
                }
                return false;
            }

            @Override
            public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
                String url = request.getRequestURI() + (request.getQueryString() == null ? ""
                        : "?" + request.getQueryString());
                try {
                    response.sendRedirect(contextPath + "/authenticate?destination="
                            + URLEncoder.encode(url, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException {
                if (!canExecuteRequest(request)) {
                    throw new WebSudoSessionException("WebSudo required");
                }
            }
        };
    }

    /**
     * SAL's transactions as the hosts run them (propagation REQUIRED): a callback joins the thread's transaction
     * if there is one, and the plugin settings it writes are seen by the thread at once but by no other thread or
     * node until the outermost callback returns, when they commit together (see {@link HostTransactions}).
     */
    public TransactionTemplate transactions() {
        return transactions;
    }

    /** The same transactions, for the host's other stores that join them. */
    HostTransactions hostTransactions() {
        return transactions;
    }

    public LicenseHandler licenseHandler() {
        return new LicenseHandler() {
            @Override
            public boolean hostAllowsMultipleLicenses() {
                return false;
            }

            @Override
            public boolean hostAllowsCustomProducts() {
                return false;
            }

            @Override
            public Set<String> getProductKeys() {
                return Set.of(users.host());
            }

            @Override
            public String getServerId() {
                return "SANDBOX-" + users.host().toUpperCase();
            }

            @Override
            @Deprecated
            public String getSupportEntitlementNumber() {
                return null;
            }

            @Override
            public SortedSet<String> getAllSupportEntitlementNumbers() {
                return new TreeSet<>();
            }

            @Override
            public String getRawProductLicense(String productKey) {
                return null;
            }
        };
    }
}
