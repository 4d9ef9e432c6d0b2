package io.plainframe.licensing.web;

import io.plainframe.licensing.check.BuildDate;
import io.plainframe.licensing.key.Product;
import java.util.Objects;

/**
 * What the About section and {@code GET /status} say about the installed plugin.
 *
 * @param product       Confluence or Jira
 * @param pluginVersion the plugin's version
 * @param buildDate     the plugin's build date (SPEC 2.5)
 * @param serverId      the host's server id, or {@code null}
 */
public record ProductInfo(Product product, String pluginVersion, BuildDate buildDate, String serverId) {

    public ProductInfo {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(pluginVersion, "pluginVersion");
        Objects.requireNonNull(buildDate, "buildDate");
    }
}
