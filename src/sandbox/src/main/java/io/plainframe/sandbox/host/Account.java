package io.plainframe.sandbox.host;

import javax.servlet.http.HttpServletRequest;

/**
 * The signed-in user of a request, as the sandbox's login filter found them.
 *
 * @param userKey   the user's key
 * @param username  the login name
 * @param admin     whether they administer the host
 * @param basicAuth whether the request authenticated itself with basic auth (scripts: no WebSudo)
 */
public record Account(String userKey, String username, boolean admin, boolean basicAuth) {

    private static final String ATTRIBUTE = Account.class.getName();

    public static Account of(HttpServletRequest request) {
        return (Account) request.getAttribute(ATTRIBUTE);
    }

    public void attachTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }
}
