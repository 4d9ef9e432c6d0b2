package io.plainframe.sandbox.host;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.io.File;
import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * SAL's application properties of one sandbox host: its base URL is the address the sandbox was started on
 * ({@code http://localhost:PORT/product}), the configured address whatever {@code Host} header a request brings,
 * as a host's base URL setting is. Relative modes give the context path, as the hosts do.
 */
public final class SandboxApplicationProperties implements ApplicationProperties {

    private final String product;
    private final String contextPath;
    private final IntSupplier port;

    /** @param port the port the server listens on, known once it has started */
    public SandboxApplicationProperties(String product, String contextPath, IntSupplier port) {
        this.product = product;
        this.contextPath = contextPath;
        this.port = port;
    }

    @Override
    @Deprecated
    public String getBaseUrl() {
        return getBaseUrl(UrlMode.CANONICAL);
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        if (urlMode == UrlMode.RELATIVE || urlMode == UrlMode.RELATIVE_CANONICAL) {
            return contextPath;
        }
        return "http://localhost:" + port.getAsInt() + contextPath;
    }

    @Override
    public String getDisplayName() {
        return "confluence".equals(product) ? "Confluence" : "Jira";
    }

    @Override
    public String getPlatformId() {
        return "confluence".equals(product) ? PLATFORM_CONFLUENCE : PLATFORM_JIRA;
    }

    @Override
    public String getVersion() {
        return "sandbox";
    }

    @Override
    public Date getBuildDate() {
        return new Date(0);
    }

    @Override
    public String getBuildNumber() {
        return "0";
    }

    @Override
    @Deprecated
    public File getHomeDirectory() {
        return null;
    }

    @Override
    public Optional<Path> getLocalHomeDirectory() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> getSharedHomeDirectory() {
        return Optional.empty();
    }

    @Override
    @Deprecated
    public String getPropertyValue(String key) {
        return null;
    }

    @Override
    public String getApplicationFileEncoding() {
        return "UTF-8";
    }
}
