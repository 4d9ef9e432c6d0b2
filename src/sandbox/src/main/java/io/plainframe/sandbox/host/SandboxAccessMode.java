package io.plainframe.sandbox.host;

import com.atlassian.confluence.api.service.accessmode.AccessModeService;

/**
 * Confluence Data Center's read-only mode in one sandbox node, which an administrator turns on for maintenance
 * (the sandbox's {@code /rest/api/accessmode}). While it is on, the host's own writes (attachment uploads) are
 * refused too. Kept in the node's memory: a sandbox cluster's nodes each have their own.
 */
public final class SandboxAccessMode implements AccessModeService {

    private volatile boolean readOnly;

    @Override
    public boolean isReadOnlyAccessModeEnabled() {
        return readOnly;
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }
}
