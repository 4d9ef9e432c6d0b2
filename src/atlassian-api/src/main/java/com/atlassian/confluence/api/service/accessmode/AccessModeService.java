package com.atlassian.confluence.api.service.accessmode;

/**
 * Stand-in for Confluence's {@code AccessModeService} ({@code @ExperimentalApi} there). Partial: only
 * {@code isReadOnlyAccessModeEnabled()}, as Atlassian's own API-token plugin (pats-plugin 1.4.7,
 * {@code ConfluenceReadOnlyModeService}) reads it; the real interface also has {@code getAccessMode()},
 * {@code updateAccessMode(AccessMode)}, {@code shouldEnforceReadOnlyAccess()} and
 * {@code withReadOnlyAccessExemption(Callable)}.
 */
public interface AccessModeService {

    /** Whether an administrator turned on read-only mode (Data Center maintenance). */
    boolean isReadOnlyAccessModeEnabled();
}
