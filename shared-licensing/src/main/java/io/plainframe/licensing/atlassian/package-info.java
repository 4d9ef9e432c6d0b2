/**
 * The adapters both plugins share: the core's ports over SAL ({@code PluginSettings}, {@code UserManager},
 * {@code I18nResolver}), UPM ({@code PluginLicenseManager}) and Atlassian's cluster locks, the runtime that
 * assembles the core, the admin servlet and (in {@code rest}) the JAX-RS resources. The only package of
 * shared-licensing allowed to use Atlassian types; product-specific adapters live in each plugin.
 */
package io.plainframe.licensing.atlassian;
