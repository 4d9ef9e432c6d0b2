package io.plainframe.sandbox.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.plugins.rest.common.security.AnonymousAllowed;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of every generation, on planted resources: whom each annotation admits, what an endpoint without one
 * admits, and which annotation decides.
 */
class AccessRulesTest {

    /** The callers, by name, in the order the expectations list them. */
    private static final Map<String, Caller> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("anonymous", new Caller(false, false, false, false, false, false));
        CALLERS.put("anonymous-on-open-site", new Caller(false, false, false, false, false, true));
        CALLERS.put("unlicensed", new Caller(true, false, false, false, false, false));
        CALLERS.put("limited-unlicensed", new Caller(true, false, false, false, true, false));
        CALLERS.put("licensed", new Caller(true, false, false, true, false, false));
        CALLERS.put("admin", new Caller(true, true, false, true, false, false));
        CALLERS.put("sysadmin", new Caller(true, false, true, true, false, false));
    }

    /** A planted REST v1 resource (Platform 6's annotations): one method per annotation. */
    @SuppressWarnings("unused")
    public static class RestV1Resource {
        @com.atlassian.plugins.rest.common.security.SystemAdminOnly
        public void systemAdminOnly() {
        }

        @com.atlassian.plugins.rest.common.security.AdminOnly
        public void adminOnly() {
        }

        @com.atlassian.plugins.rest.common.security.LicensedOnly
        public void licensedOnly() {
        }

        @com.atlassian.plugins.rest.common.security.UnlicensedSiteAccess
        public void unlicensedSiteAccess() {
        }

        @com.atlassian.plugins.rest.common.security.AnonymousSiteAccess
        public void anonymousSiteAccess() {
        }

        @com.atlassian.plugins.rest.common.security.UnrestrictedAccess
        public void unrestrictedAccess() {
        }

        @AnonymousAllowed
        public void anonymousAllowed() {
        }

        public void none() {
        }
    }

    /** The same in REST v2's package (Platforms 7 and 8), plus REST v1's AnonymousAllowed, which v2 does not know. */
    @SuppressWarnings("unused")
    public static class RestV2Resource {
        @SystemAdminOnly
        public void systemAdminOnly() {
        }

        @AdminOnly
        public void adminOnly() {
        }

        @LicensedOnly
        public void licensedOnly() {
        }

        @UnlicensedSiteAccess
        public void unlicensedSiteAccess() {
        }

        @AnonymousSiteAccess
        public void anonymousSiteAccess() {
        }

        @UnrestrictedAccess
        public void unrestrictedAccess() {
        }

        @AnonymousAllowed
        public void anonymousAllowed() {
        }

        public void none() {
        }
    }

    /** A class-level annotation, overridden by one method's. */
    @AdminOnly
    @SuppressWarnings("unused")
    public static class AdminResource {
        public void inherited() {
        }

        @UnrestrictedAccess
        public void own() {
        }
    }

    @com.atlassian.annotations.security.AdminOnly
    public static class AdminServlet {
    }

    @com.atlassian.annotations.security.UnrestrictedAccess
    public static class OpenFilter {
    }

    @com.atlassian.annotations.security.AnonymousSiteAccess
    public static class SiteServlet {
    }

    public static class PlainServlet {
    }

    @ParameterizedTest(name = "REST v1 @{0} admits {1}")
    @CsvSource(delimiter = '|', value = {
        "systemAdminOnly      | sysadmin",
        "adminOnly            | admin, sysadmin",
        "licensedOnly         | licensed, admin, sysadmin",
        "unlicensedSiteAccess | limited-unlicensed, licensed, admin, sysadmin",
        "anonymousSiteAccess  | anonymous-on-open-site, limited-unlicensed, licensed, admin, sysadmin",
        "unrestrictedAccess   | anonymous, anonymous-on-open-site, unlicensed, limited-unlicensed, licensed, admin, "
                + "sysadmin",
        "anonymousAllowed     | anonymous, anonymous-on-open-site, unlicensed, limited-unlicensed, licensed, admin, "
                + "sysadmin",
        "none                 | unlicensed, limited-unlicensed, licensed, admin, sysadmin"})
    void restV1AdmitsAsAuthenticatedResourceFilterDoes(String method, String admitted) throws Exception {
        checkRow(RestV1Rules.RULES, RestV1Resource.class, method, admitted);
    }

    @ParameterizedTest(name = "REST v2 @{0} admits {1}")
    @CsvSource(delimiter = '|', value = {
        "systemAdminOnly      | sysadmin",
        "adminOnly            | admin, sysadmin",
        "licensedOnly         | licensed, admin, sysadmin",
        "unlicensedSiteAccess | limited-unlicensed, licensed, admin, sysadmin",
        "anonymousSiteAccess  | anonymous-on-open-site, limited-unlicensed, licensed, admin, sysadmin",
        "unrestrictedAccess   | anonymous, anonymous-on-open-site, unlicensed, limited-unlicensed, licensed, admin, "
                + "sysadmin",
        "anonymousAllowed     | licensed, admin, sysadmin",
        "none                 | licensed, admin, sysadmin"})
    void restV2AdmitsLicensedUsersOnlyUnlessAnAnnotationSaysOtherwise(String method, String admitted)
            throws Exception {
        checkRow(RestV2Rules.RULES, RestV2Resource.class, method, admitted);
    }

    @Test
    void restV2DoesNotReadRestV1AnnotationsAndTheReverse() throws Exception {
        assertThat(admitted(RestV2Rules.RULES, RestV1Resource.class, "unrestrictedAccess"))
                .as("a Platform 6 jar's v1 annotation on a Platform 7 host").isEqualTo("licensed, admin, sysadmin");
        assertThat(admitted(RestV1Rules.RULES, RestV2Resource.class, "adminOnly"))
                .isEqualTo("unlicensed, limited-unlicensed, licensed, admin, sysadmin");
    }

    @Test
    void theMethodsAnnotationDecidesElseItsClasses() throws Exception {
        assertThat(admitted(RestV2Rules.RULES, AdminResource.class, "inherited")).isEqualTo("admin, sysadmin");
        assertThat(RestV2Rules.RULES.rule(AdminResource.class, AdminResource.class.getMethod("own")))
                .contains("UnrestrictedAccess");
    }

    @Test
    void servletsAndFiltersAreCheckedByTheirClassOnPlatformsSevenAndEight() {
        assertThat(admitted(ServletRules.RULES, AdminServlet.class)).isEqualTo("admin, sysadmin");
        assertThat(admitted(ServletRules.RULES, OpenFilter.class)).isEqualTo("anonymous, anonymous-on-open-site, "
                + "unlicensed, limited-unlicensed, licensed, admin, sysadmin");
        assertThat(admitted(ServletRules.RULES, SiteServlet.class))
                .isEqualTo("anonymous-on-open-site, limited-unlicensed, licensed, admin, sysadmin");
        assertThat(admitted(ServletRules.RULES, PlainServlet.class)).as("no annotation")
                .isEqualTo("licensed, admin, sysadmin");
    }

    /**
     * The negative controls of the REST v2 table: REST v1's meanings read from v2's annotations (a Platform 7 host
     * on REST v1's rules) fail the rows where the generations differ, and rules that admit everyone fail every row
     * but the unrestricted one. Each row is the test's own, read from its {@code @CsvSource}.
     */
    @Test
    void theRestV2TableFailsForRestV1sMeaningsAndForRulesThatAdmitEveryone() throws Exception {
        String table = "restV2AdmitsLicensedUsersOnlyUnlessAnAnnotationSaysOtherwise";
        AccessRules v1Meanings = new AccessRules(RestV2Rules.RULES.annotationPackage(), RestV1Rules.RULES.rules(),
                RestV1Rules.RULES.unannotated());
        assertThat(failedRows(table, v1Meanings, RestV2Resource.class)).containsExactly("anonymousAllowed", "none");
        AccessRules everyone = new AccessRules(RestV2Rules.RULES.annotationPackage(), RestV2Rules.RULES.rules()
                .keySet().stream().collect(Collectors.toMap(name -> name, name -> caller -> true)), caller -> true);
        assertThat(failedRows(table, everyone, RestV2Resource.class)).hasSize(7).doesNotContain("unrestrictedAccess");
        assertThat(failedRows(table, RestV2Rules.RULES, RestV2Resource.class)).isEmpty();
    }

    /** The same for REST v1's table: v2's licensed-only default on a Platform 6 host fails its open rows. */
    @Test
    void theRestV1TableFailsForRestV2sDefault() throws Exception {
        AccessRules v2Default = new AccessRules(RestV1Rules.RULES.annotationPackage(), RestV1Rules.RULES.rules(),
                RestV2Rules.RULES.unannotated());
        assertThat(failedRows("restV1AdmitsAsAuthenticatedResourceFilterDoes", v2Default, RestV1Resource.class))
                .containsExactly("none");
    }

    /** The methods of the named table test's rows whose check fails with these rules. */
    private static List<String> failedRows(String test, AccessRules rules, Class<?> resource) throws Exception {
        CsvSource rows = AccessRulesTest.class.getDeclaredMethod(test, String.class, String.class)
                .getAnnotation(CsvSource.class);
        List<String> failed = new ArrayList<>();
        for (String row : rows.value()) {
            String[] cells = row.split("\\|");
            String method = cells[0].strip();
            try {
                checkRow(rules, resource, method, cells[1].strip());
            } catch (AssertionError e) {
                failed.add(method);
            }
        }
        return failed;
    }

    private static void checkRow(AccessRules rules, Class<?> resource, String method, String admitted)
            throws Exception {
        assertThat(admitted(rules, resource, method)).as("%s admits", method).isEqualTo(admitted);
    }

    private static String admitted(AccessRules rules, Class<?> type, String methodName) throws Exception {
        Method method = type.getMethod(methodName);
        return names(rules, type, method);
    }

    private static String admitted(AccessRules rules, Class<?> type) {
        return names(rules, type, null);
    }

    private static String names(AccessRules rules, Class<?> type, Method method) {
        List<String> names = CALLERS.entrySet().stream().filter(caller -> rules.admits(caller.getValue(), type,
                method)).map(Map.Entry::getKey).toList();
        return names.stream().collect(Collectors.joining(", "));
    }
}
