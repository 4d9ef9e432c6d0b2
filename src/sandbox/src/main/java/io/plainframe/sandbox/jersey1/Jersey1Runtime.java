package io.plainframe.sandbox.jersey1;

import com.sun.jersey.api.core.DefaultResourceConfig;
import com.sun.jersey.api.core.ResourceConfig;
import com.sun.jersey.api.model.AbstractMethod;
import com.sun.jersey.spi.container.ContainerRequestFilter;
import com.sun.jersey.spi.container.ContainerResponseFilter;
import com.sun.jersey.spi.container.ResourceFilter;
import com.sun.jersey.spi.container.ResourceFilterFactory;
import com.sun.jersey.spi.container.servlet.ServletContainer;
import io.plainframe.sandbox.runtime.AccessCheck;
import io.plainframe.sandbox.runtime.RestRuntime;
import java.util.Collection;
import java.util.List;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Jersey 1 serving a plugin's resources as REST v1 does: the host's access check is a resource filter made for each
 * resource method, run before the method and before its body is read.
 */
public final class Jersey1Runtime implements RestRuntime {

    @Override
    public Object servlet(Collection<Object> resources, AccessCheck check) {
        DefaultResourceConfig application = new DefaultResourceConfig();
        application.getSingletons().addAll(resources);
        // No WADL: it needs a JAXB implementation, and the plugins' API is documented in SPEC 6.
        application.getFeatures().put(ResourceConfig.FEATURE_DISABLE_WADL, true);
        application.getProperties().put(ResourceConfig.PROPERTY_RESOURCE_FILTER_FACTORIES,
                List.of(new HostAccess(check)));
        return new ServletContainer(application);
    }

    /** Makes the check's filter for every resource method (sub-resource locators have no method to check). */
    private static final class HostAccess implements ResourceFilterFactory {

        private final AccessCheck check;

        HostAccess(AccessCheck check) {
            this.check = check;
        }

        @Override
        public List<ResourceFilter> create(AbstractMethod method) {
            if (method.getMethod() == null) {
                return List.of();
            }
            ContainerRequestFilter gate = request -> {
                AccessCheck.Refusal refusal = check.refuse(method.getResource().getResourceClass(),
                        method.getMethod());
                if (refusal != null) {
                    throw new WebApplicationException(Response.status(refusal.status())
                            .type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store")
                            .entity(refusal.json()).build());
                }
                return request;
            };
            return List.of(new ResourceFilter() {
                @Override
                public ContainerRequestFilter getRequestFilter() {
                    return gate;
                }

                @Override
                public ContainerResponseFilter getResponseFilter() {
                    return null;
                }
            });
        }
    }
}
