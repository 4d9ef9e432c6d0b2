package io.plainframe.sandbox.access;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Atlassian REST v2 (Platforms 7 and 8: Confluence 9.2 and 10, Jira 10.3 and 11). Names verified from real imports
 * of {@code com.atlassian.plugins.rest.api.security.annotation} (PLATFORMS.md section 3); meanings from Atlassian's
 * "Prepare your Data Center app to comply with secure endpoint defaults" (Apr 2024), which match REST v1's filter:
 * the same rules as {@link RestV1Rules}, except that REST v1's {@code AnonymousAllowed} is not read (it counts as no
 * annotation) and an endpoint without an annotation is for licensed users only. The refusal's status on REST v2 is
 * unverified; the sandbox answers REST v1's.
 */
public final class RestV2Rules {

    public static final AccessRules RULES = new AccessRules("com.atlassian.plugins.rest.api.security.annotation",
            withoutAnonymousAllowed(), caller -> caller.signedIn() && caller.licensed());

    private RestV2Rules() {
    }

    /** REST v1's table less {@code AnonymousAllowed}, which REST v2 does not know. */
    static Map<String, Predicate<Caller>> withoutAnonymousAllowed() {
        Map<String, Predicate<Caller>> table = new HashMap<>(RestV1Rules.TABLE);
        table.remove("AnonymousAllowed");
        return Map.copyOf(table);
    }
}
