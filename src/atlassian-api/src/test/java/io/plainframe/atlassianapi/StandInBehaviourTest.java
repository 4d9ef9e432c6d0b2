package io.plainframe.atlassianapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.confluence.security.Permission;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.plugin.spring.scanner.ProductFilter;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.upm.api.license.entity.LicenseError;
import com.atlassian.upm.api.license.entity.LicenseType;
import com.atlassian.upm.api.license.entity.PluginLicense;
import com.atlassian.upm.api.util.Option;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * The few stand-in bodies that tests of other modules rely on (values, options, enums) behave like the real ones
 * documented in README.md; everything else in the module is a signature only.
 */
class StandInBehaviourTest {

    @Test
    void optionBehavesLikeUpmsOption() {
        Option<String> some = Option.some("a");
        Option<String> none = Option.none();

        assertThat(some.isDefined()).isTrue();
        assertThat(some.get()).isEqualTo("a");
        assertThat(none.isDefined()).isFalse();
        assertThat(none.getOrElse("b")).isEqualTo("b");
        assertThat(Option.option((String) null)).isEqualTo(none);
        assertThat(Option.option("a")).isEqualTo(some).hasSameHashCodeAs(some);
        assertThat(some.map(String::length).get()).isEqualTo(1);
        assertThat(some.filter(value -> value.isEmpty()).isDefined()).isFalse();
        assertThat(none.orElse(some)).isEqualTo(some);
        assertThat(toList(some)).containsExactly("a");
        assertThat(toList(none)).isEmpty();
        assertThat(some).hasToString("some(a)");
        assertThat(none).hasToString("none()");
        assertThatThrownBy(none::get).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> Option.some(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void pluginLicenseJavaTimeDefaultsThrowUntilOverridden() {
        InvocationHandler onlyDefaults = (proxy, method, args) -> InvocationHandler.invokeDefault(proxy, method, args);
        PluginLicense license = (PluginLicense) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PluginLicense.class}, onlyDefaults);

        assertThatThrownBy(license::getCreationZonedDate).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(license::getPurchaseZonedDate).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(license::getExpiryZonedDate).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(license::getDurationBeforeExpiry).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(license::getDurationBeforeMaintenanceExpiry)
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(license::getSubscriptionEndZonedDate).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void valueTypesCompareByValue() {
        assertThat(new UserKey("42")).isEqualTo(UserKey.fromLong(42L)).hasToString("42");
        assertThat(new ProjectPermissionKey("EDIT_ISSUES")).isEqualTo(ProjectPermissions.EDIT_ISSUES);
        assertThat(ProjectPermissions.BROWSE_PROJECTS.permissionKey()).isEqualTo("BROWSE_PROJECTS");
    }

    @Test
    void confluencePermissionsAreNamedConstants() {
        assertThat(Permission.forName("edit")).isSameAs(Permission.EDIT);
        assertThat(Permission.EDIT.isMutative()).isTrue();
        assertThat(Permission.VIEW.isMutative()).isFalse();
        assertThat(Permission.ADMINISTER).hasToString("ADMINISTER");
        assertThatThrownBy(() -> Permission.forName("fly")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void enumsKeepTheirHelpers() {
        assertThat(ProductFilter.hasProduct("CONFLUENCE")).isTrue();
        assertThat(ProductFilter.hasProduct("confluence")).isFalse();
        assertThat(ProductFilter.JIRA.getPerProductFile("imports")).isEqualTo("imports-jira");
        assertThat(LicenseType.COMMERCIAL.isPaidType()).isTrue();
        assertThat(LicenseType.ACADEMIC.isPaidType()).isTrue();
        assertThat(LicenseType.STARTER.isPaidType()).isTrue();
        assertThat(LicenseType.PERSONAL.isPaidType()).isFalse();
        assertThat(LicenseError.EXPIRED).hasToString("LicenseError<EXPIRED>");
    }

    private static <A> List<A> toList(Option<A> option) {
        List<A> values = new ArrayList<>();
        option.forEach(values::add);
        return values;
    }
}
