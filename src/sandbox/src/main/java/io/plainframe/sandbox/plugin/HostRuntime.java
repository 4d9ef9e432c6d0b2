package io.plainframe.sandbox.plugin;

import io.plainframe.sandbox.runtime.AccessCheck;
import io.plainframe.sandbox.runtime.RestRuntime;

/** What a host puts around a plugin's web modules on its platform line. */
public interface HostRuntime {

    /** The REST runtime for the plugin's {@code <rest>} modules. */
    RestRuntime rest();

    /** The check the REST runtime asks before each resource method. */
    AccessCheck restAccess();

    /**
     * A filter (the container's type) that checks access to a servlet or servlet-filter module before it runs;
     * {@code null} where the line does not check them (Platform 6).
     *
     * @param module  the module's class
     * @param servlet whether it is a servlet rather than a filter
     */
    Object guard(Class<?> module, boolean servlet);

    /** A filter (the container's type) that runs a REST call in one host transaction, as Atlassian REST does. */
    Object restTransaction();
}
