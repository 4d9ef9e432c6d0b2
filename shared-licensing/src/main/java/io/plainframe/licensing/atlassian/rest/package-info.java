/**
 * The JAX-RS resource of {@code /rest/plainframe/1.0} (SPEC 6), registered by each plugin's REST module, and the
 * servlet filter in front of it. The resource only translates HTTP to
 * {@link io.plainframe.licensing.web.LicensingApi}; every method says who may call it with one Atlassian REST
 * access annotation ({@code com.atlassian.plugins.rest.common.security}, rewritten to REST v2's package on
 * Platforms 7 and 8), the declaration the host reads too.
 * {@link io.plainframe.licensing.atlassian.rest.RestAccessFilter} enforces it in one place, with WebSudo for
 * admin endpoints, from the routes {@link io.plainframe.licensing.atlassian.rest.RestRoutes} reads off the JAX-RS
 * annotations. Changes accept JSON (or CSV) only, so a cross-site form cannot post them.
 */
package io.plainframe.licensing.atlassian.rest;
