package io.plainframe.licensing.atlassian.rest;

import com.atlassian.plugins.rest.common.security.AdminOnly;
import com.atlassian.plugins.rest.common.security.AnonymousAllowed;
import com.atlassian.plugins.rest.common.security.AnonymousSiteAccess;
import com.atlassian.plugins.rest.common.security.LicensedOnly;
import com.atlassian.plugins.rest.common.security.SystemAdminOnly;
import com.atlassian.plugins.rest.common.security.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.common.security.UnrestrictedAccess;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.OPTIONS;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;

/**
 * The declaration rule of every REST endpoint: its method carries exactly one access annotation the hosts read
 * (Atlassian REST v1 and, rewritten, v2), and REST v1's {@code AnonymousAllowed}, which v2 ignores, appears
 * nowhere: not on the method, its class or its package.
 */
public final class AccessDeclarations {

    /** The access annotations the hosts read, in the order Atlassian REST picks one of several. */
    public static final List<Class<? extends Annotation>> ALLOWED = List.of(SystemAdminOnly.class, AdminOnly.class,
            LicensedOnly.class, UnlicensedSiteAccess.class, AnonymousSiteAccess.class, UnrestrictedAccess.class);

    private AccessDeclarations() {
    }

    /** What is wrong with the resources' declarations, one line per endpoint; empty when all is well. */
    public static List<String> problems(List<Class<?>> resources) {
        List<String> problems = new ArrayList<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                if (!isEndpoint(method)) {
                    continue;
                }
                String name = resource.getSimpleName() + "." + method.getName();
                long declared = ALLOWED.stream().filter(method::isAnnotationPresent).count();
                if (declared != 1) {
                    problems.add(name + " carries " + declared + " access annotations, not exactly one");
                }
                for (AnnotatedElement element : new AnnotatedElement[] {method, resource, resource.getPackage()}) {
                    if (element.isAnnotationPresent(AnonymousAllowed.class)) {
                        problems.add(name + ": AnonymousAllowed on " + element + ", which REST v2 does not read");
                    }
                }
            }
        }
        return problems;
    }

    private static boolean isEndpoint(Method method) {
        return method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(POST.class)
                || method.isAnnotationPresent(PUT.class) || method.isAnnotationPresent(DELETE.class)
                || method.isAnnotationPresent(HEAD.class) || method.isAnnotationPresent(OPTIONS.class)
                || method.isAnnotationPresent(Path.class);
    }
}
