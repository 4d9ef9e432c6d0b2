package io.plainframe.licensing.atlassian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.upm.api.license.PluginLicenseManager;
import com.atlassian.upm.api.license.entity.LicenseError;
import com.atlassian.upm.api.license.entity.Organization;
import com.atlassian.upm.api.license.entity.PluginLicense;
import com.atlassian.upm.api.util.Option;
import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.host.MarketplaceLicense;
import io.plainframe.licensing.host.MarketplaceLicenseError;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.key.SeatLimit;
import io.plainframe.licensing.web.Caller;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shared SAL, UPM and cluster-lock adapters against Mockito host mocks. */
class AdaptersTest {

    // PluginSettings -------------------------------------------------------------------------------------------

    private final PluginSettings settings = mock(PluginSettings.class);
    private final PluginSettingsFactory factory = mock(PluginSettingsFactory.class);

    @Test
    void settingsAreReadAndWrittenAsTextInTheGlobalSettings() {
        when(factory.createGlobalSettings()).thenReturn(settings);
        when(settings.get("io.plainframe.confluence.state")).thenReturn("{}");
        SalKeyValueStore store = new SalKeyValueStore(factory);
        assertThat(store.get("io.plainframe.confluence.state")).isEqualTo("{}");
        store.put("k", "v");
        store.remove("k");
        verify(settings).put("k", "v");
        verify(settings).remove("k");
    }

    @Test
    void aStoredValueThatIsNotTextIsCorruptNotIgnored() {
        when(factory.createGlobalSettings()).thenReturn(settings);
        when(settings.get("k")).thenReturn(List.of("a"));
        assertThatThrownBy(() -> new SalKeyValueStore(factory).get("k")).isInstanceOf(CorruptValueException.class);
    }

    @Test
    void aDatabaseThatCannotAnswerIsAnOutage() {
        when(factory.createGlobalSettings()).thenReturn(settings);
        when(settings.get("k")).thenThrow(new IllegalStateException("connection refused"));
        assertThatThrownBy(() -> new SalKeyValueStore(factory).get("k")).isInstanceOf(HostUnavailableException.class);
    }

    // Cluster locks ---------------------------------------------------------------------------------------------

    @Test
    void writesRunUnderTheClusterLockWhichIsAlwaysReleased() throws Exception {
        ClusterLockService service = mock(ClusterLockService.class);
        ClusterLock lock = mock(ClusterLock.class);
        when(service.getLockForName("io.plainframe.state")).thenReturn(lock);
        when(lock.tryLock(anyLong(), any(TimeUnit.class))).thenReturn(true);
        BeehiveClusterLocks locks = new BeehiveClusterLocks(service);
        assertThat(locks.locked("io.plainframe.state", () -> "done")).isEqualTo("done");
        assertThatThrownBy(() -> locks.locked("io.plainframe.state", () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        verify(lock, times(2)).unlock();
    }

    @Test
    void aLockThatStaysTakenIsAnOutageAndRunsNothing() throws Exception {
        ClusterLockService service = mock(ClusterLockService.class);
        ClusterLock lock = mock(ClusterLock.class);
        when(service.getLockForName(any())).thenReturn(lock);
        when(lock.tryLock(anyLong(), any(TimeUnit.class))).thenReturn(false);
        Runnable action = mock(Runnable.class);
        assertThatThrownBy(() -> new BeehiveClusterLocks(service).locked("x", () -> {
            action.run();
            return null;
        })).isInstanceOf(HostUnavailableException.class);
        verify(action, never()).run();
        verify(lock, never()).unlock();
    }

    // UPM --------------------------------------------------------------------------------------------------------

    @Test
    void aValidMarketplaceLicenseIsReadWithItsTierAndDates() {
        PluginLicense license = license(Option.none(), 50);
        MarketplaceLicense read = new UpmMarketplaceLicenseSource(manager(license)).current().orElseThrow();
        assertThat(read.isValid()).isTrue();
        assertThat(read.users()).isEqualTo(SeatLimit.of(50));
        assertThat(read.licensee()).isEqualTo("Market Co");
        assertThat(read.sen()).isEqualTo("SEN-42");
        assertThat(read.maintenanceEnd()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @ParameterizedTest
    @EnumSource(LicenseError.class)
    void everyUpmErrorIsShownNeverSwallowed(LicenseError error) {
        MarketplaceLicense read = new UpmMarketplaceLicenseSource(manager(license(Option.some(error), 25)))
                .current().orElseThrow();
        assertThat(read.isValid()).isFalse();
        assertThat(read.error()).contains(MarketplaceLicenseError.valueOf(error.name()));
    }

    @Test
    void noMarketplaceLicenseAndAUpmThatCannotAnswerBothMeanNone() {
        PluginLicenseManager none = mock(PluginLicenseManager.class);
        when(none.getLicense()).thenReturn(Option.none());
        assertThat(new UpmMarketplaceLicenseSource(none).current()).isEmpty();
        PluginLicenseManager broken = mock(PluginLicenseManager.class);
        when(broken.getLicense()).thenThrow(new IllegalStateException("UPM restarting"));
        assertThat(new UpmMarketplaceLicenseSource(broken).current()).isEmpty();
    }

    @Test
    void aLicenseWithoutATierIsAProblemNotUnlimitedSeats() {
        MarketplaceLicense read = UpmMarketplaceLicenseSource.toMarketplaceLicense(license(Option.none(), 0));
        assertThat(read.isValid()).isFalse();
        assertThat(read.error()).contains(MarketplaceLicenseError.UNKNOWN);
    }

    @Test
    void anUnlimitedEditionHasUnlimitedSeats() {
        PluginLicense license = license(Option.none(), 0);
        when(license.isUnlimitedEdition()).thenReturn(true);
        assertThat(UpmMarketplaceLicenseSource.toMarketplaceLicense(license).users().isUnlimited()).isTrue();
    }

    /** Issue 15: a UPM older than the java.time getters still gives the license, without those dates. */
    @Test
    void aUpmWithoutTheJavaTimeGettersStillGivesTheLicenseWithoutThoseDates() {
        PluginLicense license = license(Option.none(), 50);
        when(license.getMaintenanceExpiryZonedDate()).thenThrow(new NoSuchMethodError("getMaintenanceExpiryZonedDate"));
        when(license.getExpiryZonedDate()).thenThrow(new AbstractMethodError("getExpiryZonedDate"));
        MarketplaceLicense read = new UpmMarketplaceLicenseSource(manager(license)).current().orElseThrow();
        assertThat(read.isValid()).isTrue();
        assertThat(read.users()).isEqualTo(SeatLimit.of(50));
        assertThat(read.maintenanceEnd()).isNull();
    }

    // I18n and callers -----------------------------------------------------------------------------------------------

    @Test
    void messagesAreRenderedByTheHostWithTheirArguments() {
        I18nResolver i18n = mock(I18nResolver.class);
        when(i18n.getText(any(String.class), any(Serializable[].class))).thenAnswer(call ->
                call.getArgument(0) + Arrays.toString(Arrays.copyOfRange(call.getArguments(), 1,
                        call.getArguments().length)));
        assertThat(new SalTextRenderer(i18n).render(Message.of("plainframe.x", "a", 3)))
                .isEqualTo("plainframe.x[a, 3]");
    }

    @Test
    void callersAreWhoSalAuthenticatedAndAdminsAreAdminsOrSystemAdmins() {
        UserManager users = mock(UserManager.class);
        HttpServletRequest request = mock(HttpServletRequest.class);
        assertThat(new SalCallers(users).caller(request)).isEqualTo(Caller.ANONYMOUS);

        UserKey key = new UserKey("k1");
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUsername()).thenReturn("alice");
        when(users.getRemoteUserKey(request)).thenReturn(key);
        when(users.getUserProfile(key)).thenReturn(profile);
        assertThat(new SalCallers(users).caller(request)).isEqualTo(Caller.user("k1", "alice"));
        when(users.isSystemAdmin(key)).thenReturn(true);
        assertThat(new SalCallers(users).caller(request).admin()).isTrue();
    }

    @Test
    void aScriptIsACallerTheHostSignedInFromTheRequestsOwnBasicAuthOrTokenWithoutASecondPasswordCheck() {
        Caller admin = Caller.admin("k1", "admin");
        assertThat(SalCallers.signedInByHeader(basic("admin:secret"), admin)).isTrue();
        assertThat(SalCallers.signedInByHeader(basic("Admin:secret"), admin)).as("usernames ignore case").isTrue();
        assertThat(SalCallers.signedInByHeader(header("Bearer NjE2NzQ0OTE"), admin)).as("a personal access token")
                .isTrue();
        assertThat(SalCallers.signedInByHeader(header("bearer NjE2NzQ0OTE"), admin)).isTrue();
        assertThat(SalCallers.signedInByHeader(basic("bob:secret"), admin)).as("someone else's: the session's")
                .isFalse();
        assertThat(SalCallers.signedInByHeader(basic("admin:secret"), Caller.ANONYMOUS)).isFalse();
        assertThat(SalCallers.signedInByHeader(header("Bearer NjE2"), Caller.ANONYMOUS)).isFalse();
        assertThat(SalCallers.signedInByHeader(header("Basic %%%"), admin)).as("not base64").isFalse();
        assertThat(SalCallers.signedInByHeader(header("Basic " + Base64.getEncoder()
                .encodeToString("admin".getBytes(StandardCharsets.UTF_8))), admin)).isFalse();
        assertThat(SalCallers.signedInByHeader(header("Bearer  "), admin)).as("no token").isFalse();
        assertThat(SalCallers.signedInByHeader(header("Digest username=\"admin\""), admin)).isFalse();
        assertThat(SalCallers.signedInByHeader(header(null), admin)).isFalse();
    }

    @Test
    void aRequesterCarriesWhatSalSaysOfTheirLicenceTheSitesAccessAndHowTheySignedIn() {
        UserManager users = mock(UserManager.class);
        HttpServletRequest request = basic("alice:secret");
        when(users.isAnonymousAccessEnabled()).thenReturn(true);
        assertThat(new SalCallers(users).requester(request)).isEqualTo(new Requester(Caller.ANONYMOUS, false, false,
                false, true, false));

        UserKey key = new UserKey("k1");
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUsername()).thenReturn("alice");
        when(users.getRemoteUserKey(request)).thenReturn(key);
        when(users.getUserProfile(key)).thenReturn(profile);
        when(users.isLimitedUnlicensedUser(key)).thenReturn(true);
        assertThat(new SalCallers(users).requester(request)).isEqualTo(new Requester(Caller.user("k1", "alice"),
                false, false, true, true, true));
        when(users.isLicensed(key)).thenReturn(true);
        when(users.isSystemAdmin(key)).thenReturn(true);
        assertThat(new SalCallers(users).requester(request)).isEqualTo(new Requester(Caller.admin("k1", "alice"),
                true, true, false, true, true));
        verify(users, never()).authenticate(any(), any());
    }

    private static HttpServletRequest basic(String credentials) {
        return header("Basic " + Base64.getEncoder().encodeToString(
                credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpServletRequest header(String authorization) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getHeader("Authorization")).thenReturn(authorization);
        return request;
    }

    private static PluginLicenseManager manager(PluginLicense license) {
        PluginLicenseManager manager = mock(PluginLicenseManager.class);
        when(manager.getLicense()).thenReturn(Option.some(license));
        return manager;
    }

    private static PluginLicense license(Option<LicenseError> error, int users) {
        PluginLicense license = mock(PluginLicense.class);
        Organization organization = mock(Organization.class);
        when(organization.getName()).thenReturn("Market Co");
        when(license.getOrganization()).thenReturn(organization);
        when(license.getError()).thenReturn(error);
        when(license.getEdition()).thenReturn(users > 0 ? Option.some(users) : Option.none());
        when(license.getSupportEntitlementNumber()).thenReturn(Option.some("SEN-42"));
        when(license.getMaintenanceExpiryZonedDate()).thenReturn(Optional.of(
                ZonedDateTime.of(2027, 1, 1, 12, 0, 0, 0, ZoneId.of("Europe/Berlin"))));
        when(license.getExpiryZonedDate()).thenReturn(Optional.empty());
        return license;
    }
}
