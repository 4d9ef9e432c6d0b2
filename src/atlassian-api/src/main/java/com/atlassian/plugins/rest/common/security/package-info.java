/**
 * Compile-only stand-in for the access annotations of Atlassian REST v1 ({@code atlassian-rest-common}, as shipped
 * with {@code atlassian-rest-module} 7.1.9 in Confluence 8.7.2: Platform 6). Names and meanings verified against
 * the CFR-decompiled {@code com.atlassian.plugins.rest.common.security.jersey.AuthenticatedResourceFilter} and
 * {@code LicensedOnly} in the public repository ngannk-fptu/Decompiled-Files (folder
 * {@code com.atlassian.plugins.rest.atlassian-rest-module-7.1.9}); targets and retention copied from
 * {@code LicensedOnly} for the others. Plainframe's sources use these names; the Platform 7 and 8 builds rewrite
 * the package to {@link com.atlassian.plugins.rest.api.security.annotation}.
 */
package com.atlassian.plugins.rest.common.security;
