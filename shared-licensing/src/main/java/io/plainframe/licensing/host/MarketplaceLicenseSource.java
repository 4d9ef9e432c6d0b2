package io.plainframe.licensing.host;

import java.util.Optional;

/** The Marketplace license UPM holds for the plugin ({@code PluginLicenseManager}). */
public interface MarketplaceLicenseSource {

    /** @return the license UPM reports, valid or not; empty when there is none */
    Optional<MarketplaceLicense> current();
}
