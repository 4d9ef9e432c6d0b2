package io.plainframe.wireframes.atlassian.rest;

import com.atlassian.plugins.rest.common.security.AnonymousSiteAccess;
import com.atlassian.plugins.rest.common.security.LicensedOnly;
import io.plainframe.licensing.atlassian.rest.Http;
import io.plainframe.licensing.atlassian.rest.RequestBody;
import io.plainframe.licensing.web.Caller;
import io.plainframe.wireframes.WireframeFormat;
import io.plainframe.wireframes.atlassian.WireframeHost;
import java.io.InputStream;
import java.util.Objects;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/plainframe/1.0/wireframes/{id}} (SPEC 6 and 8): read for anyone who may see the page or issue
 * (anonymous visitors too, where the site lets them in), save for a licensed user the access decision allows;
 * the same for a wireframe's versions (read) and its removal (change).
 * The access annotations are enforced by the plugin's REST access filter; the logic and its order of checks
 * are in {@link io.plainframe.wireframes.web.WireframesApi}; this class only speaks HTTP.
 */
@Path("/wireframes")
@Produces(MediaType.APPLICATION_JSON)
public class WireframeResource {

    /** Room for the request's envelope around a document of the largest size. */
    static final int MAX_BODY_BYTES = WireframeFormat.MAX_BYTES + 4096;

    private final WireframeHost host;

    public WireframeResource(WireframeHost host) {
        this.host = Objects.requireNonNull(host, "host");
    }

    @GET
    @Path("{id}")
    @AnonymousSiteAccess
    public Response get(@Context HttpServletRequest request, @PathParam("id") String id) {
        return Http.response(host.wireframes().get(host.caller(request), id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response save(@Context HttpServletRequest request, @PathParam("id") String id, InputStream body) {
        Caller caller = host.caller(request);
        RequestBody read = RequestBody.read(body, MAX_BODY_BYTES);
        return Http.response(switch (read.problem()) {
            case TOO_LARGE -> host.wireframes().tooLarge();
            case NOT_UTF8 -> host.wireframes().notUtf8();
            case NONE -> host.wireframes().save(caller, id, read.text());
        });
    }

    /** Deletes the wireframe (issue 16); {@code ?version=n} deletes it only if n is still its latest version. */
    @DELETE
    @Path("{id}")
    @LicensedOnly
    public Response delete(@Context HttpServletRequest request, @PathParam("id") String id,
                           @QueryParam("version") String version) {
        return Http.response(host.wireframeHistory().delete(host.caller(request), id, version));
    }

    /** An open editor's heartbeat: sets the caller's editing marker and answers who else has it open. */
    @PUT
    @Path("{id}/editing")
    @LicensedOnly
    public Response editing(@Context HttpServletRequest request, @PathParam("id") String id) {
        return Http.response(host.wireframeEditing().heartbeat(host.caller(request), id));
    }

    /** The editor closed: removes the caller's editing marker. */
    @DELETE
    @Path("{id}/editing")
    @LicensedOnly
    public Response left(@Context HttpServletRequest request, @PathParam("id") String id) {
        return Http.response(host.wireframeEditing().left(host.caller(request), id));
    }

    /** The versions the product keeps, newest first, with who saved each and when. */
    @GET
    @Path("{id}/versions")
    @AnonymousSiteAccess
    public Response versions(@Context HttpServletRequest request, @PathParam("id") String id) {
        return Http.response(host.wireframeHistory().versions(host.caller(request), id));
    }

    /** One kept version's document; restoring it is a save of that document over the latest version. */
    @GET
    @Path("{id}/versions/{version}")
    @AnonymousSiteAccess
    public Response version(@Context HttpServletRequest request, @PathParam("id") String id,
                            @PathParam("version") String version) {
        return Http.response(host.wireframeHistory().version(host.caller(request), id, version));
    }
}
