package io.plainframe.sandbox.access;

/**
 * Servlet and servlet-filter modules on Platforms 7 and 8: the class's annotation of {@code
 * com.atlassian.annotations.security} (atlassian-annotations). Atlassian's secure endpoint defaults page says the
 * change "also extends to Servlet and Servlet Filter endpoints"; {@code UnrestrictedAccess} is verified on Atlassian's
 * own filter (atlassian-slack-integration-server, Jira 10 adoption), the other names from third-party code only, so
 * the sandbox gives them REST v2's meanings, and an unannotated servlet or filter is for licensed users only
 * (PLATFORMS.md section 4: unverified). Platform 6 does not read them.
 */
public final class ServletRules {

    public static final AccessRules RULES = new AccessRules("com.atlassian.annotations.security",
            RestV2Rules.withoutAnonymousAllowed(), caller -> caller.signedIn() && caller.licensed());

    private ServletRules() {
    }
}
