package io.plainframe.sandbox.host;

import com.atlassian.upm.api.license.PluginLicenseManager;
import com.atlassian.upm.api.license.entity.Contact;
import com.atlassian.upm.api.license.entity.LicenseEditionType;
import com.atlassian.upm.api.license.entity.LicenseError;
import com.atlassian.upm.api.license.entity.LicenseType;
import com.atlassian.upm.api.license.entity.Organization;
import com.atlassian.upm.api.license.entity.Partner;
import com.atlassian.upm.api.license.entity.PluginLicense;
import com.atlassian.upm.api.license.entity.SubscriptionPeriod;
import com.atlassian.upm.api.util.Option;
import io.plainframe.licensing.json.Json;
import io.plainframe.sandbox.Database;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.time.DateTime;
import org.joda.time.Period;

/**
 * UPM in the sandbox: the Marketplace license an admin installed on the UPM page and the host's licensed user
 * tier, and UPM's own verdict on them (a tier other than the host's is {@code USER_MISMATCH}, as in UPM).
 */
public final class SandboxUpm {

    /** Host tiers, as Atlassian sells them; 0 stands for unlimited. */
    public static final List<Integer> TIERS = List.of(10, 25, 50, 100, 250, 500, 2000, 10000, 0);

    /**
     * A Marketplace license as the UPM page installs it.
     *
     * @param licensee    organisation
     * @param users       the license's user tier, 0 for unlimited
     * @param evaluation  a trial
     * @param expiry      when it expires (trials), or null
     * @param maintenance maintenance end
     * @param error       an error UPM reports whatever the dates, or null
     */
    public record Installed(String licensee, int users, boolean evaluation, LocalDate expiry, LocalDate maintenance,
                            String error) {
    }

    private final Database database;
    private final String host;
    private final String pluginKey;

    public SandboxUpm(Database database, String host, String pluginKey) {
        this.database = database;
        this.host = host;
        this.pluginKey = pluginKey;
    }

    public int hostTier() {
        return property("tier").map(Integer::parseInt).orElse(500);
    }

    public void setHostTier(int tier) {
        setProperty("tier", Integer.toString(tier));
    }

    public Optional<Installed> installed() {
        return property("marketplace").map(text -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> json = (Map<String, Object>) Json.parse(text);
            return new Installed((String) json.get("licensee"), ((Long) json.get("users")).intValue(),
                    (Boolean) json.get("evaluation"), date(json.get("expiry")), date(json.get("maintenance")),
                    (String) json.get("error"));
        });
    }

    public void install(Installed license) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("licensee", license.licensee());
        json.put("users", (long) license.users());
        json.put("evaluation", license.evaluation());
        json.put("expiry", license.expiry() == null ? null : license.expiry().toString());
        json.put("maintenance", license.maintenance() == null ? null : license.maintenance().toString());
        json.put("error", license.error());
        setProperty("marketplace", Json.write(json));
    }

    public void remove() {
        try {
            database.update("DELETE FROM host_properties WHERE host = ? AND k = 'marketplace'", host);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** UPM's verdict: an explicit error, else expiry, else the tier against the host's. */
    public Optional<LicenseError> verdict(Installed license) {
        if (license.error() != null && !license.error().isBlank()) {
            return Optional.of(LicenseError.valueOf(license.error()));
        }
        if (license.expiry() != null && license.expiry().isBefore(LocalDate.now(ZoneOffset.UTC))) {
            return Optional.of(LicenseError.EXPIRED);
        }
        if (!license.evaluation() && license.users() != hostTier()) {
            return Optional.of(LicenseError.USER_MISMATCH);
        }
        return Optional.empty();
    }

    public PluginLicenseManager licenseManager() {
        return new PluginLicenseManager() {
            @Override
            public Option<PluginLicense> getLicense() {
                return Option.option(installed().map(SandboxUpm.this::license).orElse(null));
            }

            @Override
            public boolean isUserInLicenseRole(String username) {
                return false;
            }

            @Override
            public Option<Integer> getCurrentUserCountInLicenseRole() {
                return Option.none();
            }

            @Override
            public String getPluginKey() {
                return pluginKey;
            }
        };
    }

    private PluginLicense license(Installed installed) {
        Optional<LicenseError> error = verdict(installed);
        return new PluginLicense() {
            @Override
            public boolean isValid() {
                return error.isEmpty();
            }

            @Override
            public boolean isValidForDc() {
                return isValid();
            }

            @Override
            public boolean isActive() {
                return isValid();
            }

            @Override
            public boolean isAutoRenewal() {
                return false;
            }

            @Override
            public Option<LicenseError> getError() {
                return Option.option(error.orElse(null));
            }

            @Override
            public String getRawLicense() {
                return "AAAB-sandbox-" + installed.licensee();
            }

            @Override
            public Option<Integer> getLicenseVersion() {
                return Option.some(2);
            }

            @Override
            public String getPluginName() {
                return "Plainframe";
            }

            @Override
            public String getDescription() {
                return "Plainframe (sandbox Marketplace license)";
            }

            @Override
            public String getServerId() {
                return "SANDBOX-" + host.toUpperCase();
            }

            @Override
            public Organization getOrganization() {
                return installed::licensee;
            }

            @Override
            public Option<Partner> getPartner() {
                return Option.none();
            }

            @Override
            public Iterable<Contact> getContacts() {
                return List.of();
            }

            @Override
            @Deprecated
            public DateTime getCreationDate() {
                return null;
            }

            @Override
            @Deprecated
            public DateTime getPurchaseDate() {
                return null;
            }

            @Override
            @Deprecated
            public Option<DateTime> getExpiryDate() {
                return Option.none();
            }

            @Override
            public Optional<ZonedDateTime> getExpiryZonedDate() {
                return Optional.ofNullable(installed.expiry()).map(d -> d.atStartOfDay(ZoneOffset.UTC));
            }

            @Override
            @Deprecated
            public Option<Period> getTimeBeforeExpiry() {
                return Option.none();
            }

            @Override
            public Option<String> getSupportEntitlementNumber() {
                return Option.some("SEN-SANDBOX-" + host.toUpperCase());
            }

            @Override
            @Deprecated
            public Option<DateTime> getMaintenanceExpiryDate() {
                return Option.none();
            }

            @Override
            public Optional<ZonedDateTime> getMaintenanceExpiryZonedDate() {
                return Optional.ofNullable(installed.maintenance()).map(d -> d.atStartOfDay(ZoneOffset.UTC));
            }

            @Override
            @Deprecated
            public Option<Period> getTimeBeforeMaintenanceExpiry() {
                return Option.none();
            }

            @Override
            @Deprecated
            public Option<DateTime> getSubscriptionEndDate() {
                return Option.none();
            }

            @Override
            @Deprecated
            public Option<Integer> getMaximumNumberOfUsers() {
                return installed.users() == 0 ? Option.none() : Option.some(installed.users());
            }

            @Override
            public Option<Integer> getEdition() {
                return installed.users() == 0 ? Option.none() : Option.some(installed.users());
            }

            @Override
            public LicenseEditionType getEditionType() {
                return LicenseEditionType.USER_COUNT;
            }

            @Override
            @Deprecated
            public boolean isUnlimitedNumberOfUsers() {
                return installed.users() == 0;
            }

            @Override
            public boolean isUnlimitedEdition() {
                return installed.users() == 0;
            }

            @Override
            public boolean isEvaluation() {
                return installed.evaluation();
            }

            @Override
            public boolean isSubscription() {
                return false;
            }

            @Override
            public boolean isMaintenanceExpired() {
                return installed.maintenance() != null
                        && installed.maintenance().isBefore(LocalDate.now(ZoneOffset.UTC));
            }

            @Override
            public LicenseType getLicenseType() {
                return LicenseType.COMMERCIAL;
            }

            @Override
            public String getLicenseTypeDescriptionKey() {
                return "upm.plugin.license.type.commercial";
            }

            @Override
            public String getPluginKey() {
                return pluginKey;
            }

            @Override
            public boolean isEmbeddedWithinHostLicense() {
                return false;
            }

            @Override
            @Deprecated
            public boolean isEnterprise() {
                return false;
            }

            @Override
            public boolean isDataCenter() {
                return false;
            }

            @Override
            public boolean isForged() {
                return false;
            }

            @Override
            public Option<SubscriptionPeriod> getSubscriptionPeriod() {
                return Option.none();
            }
        };
    }

    private Optional<String> property(String key) {
        try {
            return database.text("SELECT v FROM host_properties WHERE host = ? AND k = ?", host, key);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void setProperty(String key, String value) {
        try {
            database.update("MERGE INTO host_properties KEY (host, k) VALUES (?, ?, ?)", host, key, value);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse((String) value);
    }
}
