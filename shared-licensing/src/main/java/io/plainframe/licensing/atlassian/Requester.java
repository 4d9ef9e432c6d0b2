package io.plainframe.licensing.atlassian;

import io.plainframe.licensing.web.Caller;
import java.util.Objects;

/**
 * Who sent a REST request, with what the host's access annotations ask about them: SAL's answers for this request.
 *
 * @param caller              who is calling, as the host authenticated them ({@code admin} = admin or system admin)
 * @param systemAdmin         whether they are a system administrator
 * @param licensed            whether they hold a licence for the product
 * @param limitedUnlicensed   whether they are unlicensed but the site gives such users limited access
 * @param siteAllowsAnonymous whether the site lets anonymous visitors in
 * @param signedInByHeader    whether the host signed them in from this request's own basic-auth or personal access
 *                            token header (a script, which needs no WebSudo)
 */
public record Requester(Caller caller, boolean systemAdmin, boolean licensed, boolean limitedUnlicensed,
                        boolean siteAllowsAnonymous, boolean signedInByHeader) {

    public Requester {
        Objects.requireNonNull(caller, "caller");
    }

    public boolean anonymous() {
        return caller.isAnonymous();
    }

    public boolean admin() {
        return caller.admin();
    }
}
