/**
 * Stand-in for Confluence's access-mode API ({@code com.atlassian.confluence:confluence-java-api:8.7.2}, DF folder
 * {@code com.atlassian.confluence_confluence-java-api-8.7.2}); see the module README for sources.
 */
package com.atlassian.confluence.api.service.accessmode;
