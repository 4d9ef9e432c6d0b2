/**
 * The JAX-RS resources of {@code /rest/plainframe/1.0} (SPEC 6), registered by each plugin's REST module.
 * They only translate HTTP to {@link io.plainframe.licensing.web.LicensingApi}; every method says who may
 * call it with {@link io.plainframe.licensing.atlassian.rest.Access}, which a test checks against behaviour.
 * Admin resources require WebSudo for browser sessions (REST calls with basic auth pass, as Atlassian REST
 * does it); changes accept JSON (or CSV) only, so a cross-site form cannot post them.
 */
package io.plainframe.licensing.atlassian.rest;
