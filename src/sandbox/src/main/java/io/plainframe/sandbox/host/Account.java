package io.plainframe.sandbox.host;

import javax.servlet.http.HttpServletRequest;

/**
 * The signed-in user of a request, as the sandbox's login filter found them.
 *
 * @param userKey   the user's key
 * @param username  the login name
 * @param admin     whether they administer the host
 * @param ownCredentials whether the request authenticated itself, with basic auth or a personal access token
 *                       (scripts: no WebSudo, as Atlassian REST asks none of them)
 */
public record Account(String userKey, String username, boolean admin, boolean ownCredentials) {

    private static final String ATTRIBUTE = Account.class.getName();
    // The user of the request this thread serves, as hosts bind it for APIs that take no request (SAL's
    // getRemoteUserKey(), what macros and panels use).
    private static final ThreadLocal<Account> CURRENT = new ThreadLocal<>();

    /** The signed-in user of the request this thread is serving; {@code null} when anonymous or none. */
    public static Account current() {
        return CURRENT.get();
    }

    /** Binds the request's user (or nobody) to this thread while the request is served. */
    public static void bind(HttpServletRequest request) {
        CURRENT.set(of(request));
    }

    public static void unbind() {
        CURRENT.remove();
    }

    public static Account of(HttpServletRequest request) {
        return (Account) request.getAttribute(ATTRIBUTE);
    }

    public void attachTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }
}
