package com.atlassian.upm.api.license.entity;

import com.atlassian.upm.api.util.Option;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.joda.time.DateTime;
import org.joda.time.Period;

/**
 * Stand-in for UPM's {@code PluginLicense}. The {@code java.time} getters that are {@code default} methods throw
 * {@link UnsupportedOperationException} in the real interface too: implementations (and test doubles) must
 * override them. {@link #getMaintenanceExpiryZonedDate()} is the one abstract {@code java.time} getter.
 */
public interface PluginLicense {
    /** 2019-09-03 in the system zone. Non-constant: the value is read from the host's class at run time. */
    @Deprecated
    DateTime SERVER_LICENSE_CUTOFF_DATE = new DateTime(2019, 9, 3, 0, 0);

    /** 2019-09-03 in the system zone. Non-constant: the value is read from the host's class at run time. */
    ZonedDateTime SERVER_LICENSE_CUTOFF_ZONED_DATE = ZonedDateTime.of(2019, 9, 3, 0, 0, 0, 0, ZoneId.systemDefault());

    boolean isValid();

    boolean isValidForDc();

    boolean isActive();

    boolean isAutoRenewal();

    Option<LicenseError> getError();

    String getRawLicense();

    Option<Integer> getLicenseVersion();

    String getPluginName();

    String getDescription();

    String getServerId();

    Organization getOrganization();

    Option<Partner> getPartner();

    Iterable<Contact> getContacts();

    @Deprecated
    DateTime getCreationDate();

    default ZonedDateTime getCreationZonedDate() {
        throw new UnsupportedOperationException("getCreationZonedDate is not implemented by this PluginLicense");
    }

    @Deprecated
    DateTime getPurchaseDate();

    default ZonedDateTime getPurchaseZonedDate() {
        throw new UnsupportedOperationException("getPurchaseZonedDate is not implemented by this PluginLicense");
    }

    @Deprecated
    Option<DateTime> getExpiryDate();

    default Optional<ZonedDateTime> getExpiryZonedDate() {
        throw new UnsupportedOperationException("getExpiryZonedDate is not implemented by this PluginLicense");
    }

    @Deprecated
    Option<Period> getTimeBeforeExpiry();

    default Optional<Duration> getDurationBeforeExpiry() {
        throw new UnsupportedOperationException("getDurationBeforeExpiry is not implemented by this PluginLicense");
    }

    Option<String> getSupportEntitlementNumber();

    @Deprecated
    Option<DateTime> getMaintenanceExpiryDate();

    Optional<ZonedDateTime> getMaintenanceExpiryZonedDate();

    @Deprecated
    Option<Period> getTimeBeforeMaintenanceExpiry();

    default Optional<Duration> getDurationBeforeMaintenanceExpiry() {
        throw new UnsupportedOperationException(
                "getDurationBeforeMaintenanceExpiry is not implemented by this PluginLicense");
    }

    @Deprecated
    Option<DateTime> getSubscriptionEndDate();

    default Optional<ZonedDateTime> getSubscriptionEndZonedDate() {
        throw new UnsupportedOperationException(
                "getSubscriptionEndZonedDate is not implemented by this PluginLicense");
    }

    @Deprecated
    Option<Integer> getMaximumNumberOfUsers();

    Option<Integer> getEdition();

    LicenseEditionType getEditionType();

    @Deprecated
    boolean isUnlimitedNumberOfUsers();

    boolean isUnlimitedEdition();

    boolean isEvaluation();

    boolean isSubscription();

    boolean isMaintenanceExpired();

    LicenseType getLicenseType();

    String getLicenseTypeDescriptionKey();

    String getPluginKey();

    boolean isEmbeddedWithinHostLicense();

    @Deprecated
    boolean isEnterprise();

    boolean isDataCenter();

    boolean isForged();

    Option<SubscriptionPeriod> getSubscriptionPeriod();
}
