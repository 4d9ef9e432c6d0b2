package io.plainframe.sandbox.access;

import java.util.Map;
import java.util.function.Predicate;

/**
 * Atlassian REST v1 (Platform 6: Confluence 8.5, Jira 9.12), as {@code AuthenticatedResourceFilter} of
 * atlassian-rest-module 7.1.9 applies it (CFR-decompiled in the public repository ngannk-fptu/Decompiled-Files,
 * Confluence 8.7.2, {@code com/atlassian/plugins/rest/common/security/jersey/AuthenticatedResourceFilter.java}),
 * with its dark feature {@code atlassian.rest.default.to.licensed.access.enabled} off, as shipped: an endpoint
 * without an annotation admits any signed-in user. A refusal is that filter's {@code
 * AuthenticationRequiredException}: {@link HostAccess#REFUSAL}.
 */
public final class RestV1Rules {

    /** Whom each annotation admits, in the order of the filter's checks. */
    static final Map<String, Predicate<Caller>> TABLE = Map.of(
            "SystemAdminOnly", caller -> caller.signedIn() && caller.systemAdmin(),
            "AdminOnly", caller -> caller.signedIn() && (caller.systemAdmin() || caller.admin()),
            "LicensedOnly", caller -> caller.signedIn() && caller.licensed(),
            "UnlicensedSiteAccess", caller -> caller.signedIn() && (caller.licensed() || caller.limitedUnlicensed()),
            "AnonymousSiteAccess", caller -> !caller.signedIn() && caller.anonymousSite()
                    || caller.signedIn() && (caller.licensed() || caller.limitedUnlicensed()),
            "UnrestrictedAccess", caller -> true,
            "AnonymousAllowed", caller -> true);

    public static final AccessRules RULES = new AccessRules("com.atlassian.plugins.rest.common.security", TABLE,
            Caller::signedIn);

    private RestV1Rules() {
    }
}
