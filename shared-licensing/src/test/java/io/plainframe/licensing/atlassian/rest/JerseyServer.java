package io.plainframe.licensing.atlassian.rest;

import com.sun.jersey.spi.container.servlet.ServletContainer;
import java.util.EnumSet;
import java.util.Set;
import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import javax.ws.rs.core.Application;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

/**
 * REST resources served by Jersey 1.19 (as Atlassian REST serves them) over real HTTP on a free local port, at
 * the plugin's REST path.
 */
public final class JerseyServer implements AutoCloseable {

    private final Server server = new Server(0);

    public JerseyServer(Object... resources) throws Exception {
        this(null, resources);
    }

    /** The resources behind a servlet filter at the REST path, as a plugin's servlet-filter module puts it. */
    public static JerseyServer behind(Filter filter, Object... resources) throws Exception {
        return new JerseyServer(filter, resources);
    }

    private JerseyServer(Filter filter, Object[] resources) throws Exception {
        Application application = new Application() {
            @Override
            public Set<Object> getSingletons() {
                return Set.of(resources);
            }
        };
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new ServletContainer(application)), "/rest/plainframe/1.0/*");
        if (filter != null) {
            context.addFilter(new FilterHolder(filter), "/rest/plainframe/*", EnumSet.of(DispatcherType.REQUEST));
        }
        server.setHandler(context);
        server.start();
    }

    /** Where the resources are, ending in a slash: {@code http://localhost:PORT/rest/plainframe/1.0/}. */
    public String base() {
        return "http://localhost:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort()
                + "/rest/plainframe/1.0/";
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
