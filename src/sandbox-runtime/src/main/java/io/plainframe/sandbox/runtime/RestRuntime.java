package io.plainframe.sandbox.runtime;

import java.util.Collection;

/** A JAX-RS runtime as Atlassian REST runs a plugin's resources: Jersey 1 (REST v1) or Jersey 2/3 (REST v2). */
public interface RestRuntime {

    /**
     * A servlet (the container's type) serving these root resources, without WADL, that asks the host's access
     * check before every resource method, as Atlassian REST does, and answers a refusal itself.
     */
    Object servlet(Collection<Object> resources, AccessCheck check);
}
