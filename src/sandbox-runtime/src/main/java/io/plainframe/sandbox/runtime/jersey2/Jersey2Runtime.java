package io.plainframe.sandbox.runtime.jersey2;

import io.plainframe.sandbox.runtime.AccessCheck;
import io.plainframe.sandbox.runtime.RestRuntime;
import java.util.Collection;
import java.util.LinkedHashSet;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * Jersey 2 serving a plugin's resources as REST v2 does: the host's access check is a request filter bound to each
 * resource method (a {@link DynamicFeature}), run before the method and before its body is read.
 */
public final class Jersey2Runtime implements RestRuntime {

    @Override
    public Object servlet(Collection<Object> resources, AccessCheck check) {
        ResourceConfig config = new ResourceConfig();
        config.registerInstances(new LinkedHashSet<>(resources));
        config.register(new HostAccess(check));
        // No WADL: the plugins' API is documented in SPEC 6.
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        return new ServletContainer(config);
    }

    /** Binds the host's check to every resource method. */
    private static final class HostAccess implements DynamicFeature {

        private final AccessCheck check;

        HostAccess(AccessCheck check) {
            this.check = check;
        }

        @Override
        public void configure(ResourceInfo resource, FeatureContext context) {
            context.register(new Gate(check, resource));
        }
    }

    /** The check for one resource method. */
    @Priority(Priorities.AUTHENTICATION)
    private static final class Gate implements ContainerRequestFilter {

        private final AccessCheck check;
        private final ResourceInfo resource;

        Gate(AccessCheck check, ResourceInfo resource) {
            this.check = check;
            this.resource = resource;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            AccessCheck.Refusal refusal = check.refuse(resource.getResourceClass(), resource.getResourceMethod());
            if (refusal != null) {
                request.abortWith(Response.status(refusal.status()).type(MediaType.APPLICATION_JSON_TYPE)
                        .header("Cache-Control", "no-store").entity(refusal.json()).build());
            }
        }
    }
}
