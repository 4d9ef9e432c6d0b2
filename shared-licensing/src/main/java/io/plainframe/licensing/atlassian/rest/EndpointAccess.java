package io.plainframe.licensing.atlassian.rest;

import com.atlassian.plugins.rest.common.security.AdminOnly;
import com.atlassian.plugins.rest.common.security.AnonymousSiteAccess;
import com.atlassian.plugins.rest.common.security.LicensedOnly;
import com.atlassian.plugins.rest.common.security.SystemAdminOnly;
import com.atlassian.plugins.rest.common.security.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.common.security.UnrestrictedAccess;
import io.plainframe.licensing.atlassian.Requester;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * The access annotations of Atlassian REST, in the order the host picks one when an element carries several
 * (atlassian-rest-module 7.1.9, {@code AnnotationUtils.VALID_ANNOTATION_LIST}), and whom each admits, as the
 * host's {@code AuthenticatedResourceFilter} decides it. The sources name the REST v1 annotations; the
 * Platform 7 and 8 builds rewrite their package to REST v2's, which means the same.
 */
public enum EndpointAccess {
    SYSTEM_ADMIN_ONLY(SystemAdminOnly.class),
    ADMIN_ONLY(AdminOnly.class),
    LICENSED_ONLY(LicensedOnly.class),
    UNLICENSED_SITE_ACCESS(UnlicensedSiteAccess.class),
    ANONYMOUS_SITE_ACCESS(AnonymousSiteAccess.class),
    UNRESTRICTED_ACCESS(UnrestrictedAccess.class);

    private final Class<? extends Annotation> annotation;

    EndpointAccess(Class<? extends Annotation> annotation) {
        this.annotation = annotation;
    }

    public Class<? extends Annotation> annotation() {
        return annotation;
    }

    /** The access annotations the element itself carries, in the host's order. */
    public static List<EndpointAccess> declaredOn(AnnotatedElement element) {
        return Arrays.stream(values()).filter(access -> element.isAnnotationPresent(access.annotation)).toList();
    }

    /**
     * What the host applies to a resource method: the method's annotation, else its class's, else its package's.
     * None at all counts as {@link #LICENSED_ONLY}, REST v2's default (REST v1 let any signed-in user in).
     */
    public static EndpointAccess of(Method method) {
        Class<?> type = method.getDeclaringClass();
        for (AnnotatedElement element : new AnnotatedElement[] {method, type, type.getPackage()}) {
            List<EndpointAccess> declared = declaredOn(element);
            if (!declared.isEmpty()) {
                return declared.get(0);
            }
        }
        return LICENSED_ONLY;
    }

    /** Whether the annotation lets the requester reach the endpoint at all. */
    public boolean admits(Requester requester) {
        boolean siteUser = requester.licensed() || requester.limitedUnlicensed();
        return switch (this) {
            case SYSTEM_ADMIN_ONLY -> !requester.anonymous() && requester.systemAdmin();
            case ADMIN_ONLY -> !requester.anonymous() && (requester.admin() || requester.systemAdmin());
            case LICENSED_ONLY -> !requester.anonymous() && requester.licensed();
            case UNLICENSED_SITE_ACCESS -> !requester.anonymous() && siteUser;
            case ANONYMOUS_SITE_ACCESS -> requester.anonymous() ? requester.siteAllowsAnonymous() : siteUser;
            case UNRESTRICTED_ACCESS -> true;
        };
    }

    /** Whether a browser session must have confirmed its password recently (SAL's WebSudo): admin work. */
    public boolean needsWebSudo() {
        return this == SYSTEM_ADMIN_ONLY || this == ADMIN_ONLY;
    }
}
