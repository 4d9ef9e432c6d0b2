/**
 * The JAX-RS resource of {@code /rest/plainframe/1.0} (SPEC 6), registered by each plugin's REST module. It
 * only translates HTTP to {@link io.plainframe.licensing.web.LicensingApi}; every method says who may call it
 * with {@link io.plainframe.licensing.atlassian.rest.Access}, which a test checks against behaviour. Admin
 * endpoints check WebSudo themselves, after the role (so users get 403, not a password prompt); changes accept
 * JSON (or CSV) only, so a cross-site form cannot post them.
 */
package io.plainframe.licensing.atlassian.rest;
