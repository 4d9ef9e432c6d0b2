/**
 * The REST API of SPEC 6 without any web framework: {@link io.plainframe.licensing.web.LicensingApi} takes a
 * {@link io.plainframe.licensing.web.Caller} and request text and returns an
 * {@link io.plainframe.licensing.web.ApiResponse} (status, JSON or CSV). The JAX-RS resources of the
 * plugins only translate; every rule (who may call what, status codes, error bodies) lives and is tested here.
 */
package io.plainframe.licensing.web;
