package io.plainframe.licensing.atlassian.rest;

import com.atlassian.sal.api.websudo.WebSudoRequired;
import io.plainframe.licensing.atlassian.PlainframeHost;
import io.plainframe.licensing.atlassian.rest.Access.Role;
import io.plainframe.licensing.web.ApiResponse;
import io.plainframe.licensing.web.Caller;
import io.plainframe.licensing.web.LicensingApi;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.BiFunction;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** The administrators' endpoints of SPEC 6: license, editors, settings, audit and seat requests. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@WebSudoRequired
public class AdminResource {

    private final PlainframeHost host;

    public AdminResource(PlainframeHost host) {
        this.host = Objects.requireNonNull(host, "host");
    }

    @GET
    @Path("license")
    @Access(Role.ADMIN)
    public Response license(@Context HttpServletRequest request) {
        return Http.response(api().license(caller(request)));
    }

    @POST
    @Path("license/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Role.ADMIN)
    public Response previewLicense(@Context HttpServletRequest request, InputStream body) {
        return withBody(request, body, api()::previewLicense);
    }

    @PUT
    @Path("license")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Role.ADMIN)
    public Response applyLicense(@Context HttpServletRequest request, InputStream body) {
        return withBody(request, body, api()::applyLicense);
    }

    @DELETE
    @Path("license")
    @Access(Role.ADMIN)
    public Response removeLicense(@Context HttpServletRequest request) {
        return Http.response(api().removeLicense(caller(request)));
    }

    @GET
    @Path("editors")
    @Access(Role.ADMIN)
    public Response editors(@Context HttpServletRequest request, @QueryParam("query") String query,
                            @QueryParam("state") String state, @QueryParam("start") String start,
                            @QueryParam("limit") String limit) {
        return Http.response(api().editors(caller(request), query, state, start, limit));
    }

    @POST
    @Path("editors")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Role.ADMIN)
    public Response addEditors(@Context HttpServletRequest request, InputStream body) {
        return withBody(request, body, api()::addEditors);
    }

    @DELETE
    @Path("editors/{username}")
    @Access(Role.ADMIN)
    public Response removeEditor(@Context HttpServletRequest request, @PathParam("username") String username) {
        return Http.response(api().removeEditor(caller(request), username));
    }

    @GET
    @Path("editors.csv")
    @Produces("text/csv")
    @Access(Role.ADMIN)
    public Response exportEditors(@Context HttpServletRequest request) {
        return Http.response(api().exportEditors(caller(request)));
    }

    @POST
    @Path("editors/import")
    @Consumes("text/csv")
    @Access(Role.ADMIN)
    public Response importEditors(@Context HttpServletRequest request, InputStream body) {
        return withBody(request, body, api()::importEditors);
    }

    @GET
    @Path("users")
    @Access(Role.ADMIN)
    public Response searchUsers(@Context HttpServletRequest request, @QueryParam("query") String query) {
        return Http.response(api().searchUsers(caller(request), query));
    }

    @GET
    @Path("settings")
    @Access(Role.ADMIN)
    public Response settings(@Context HttpServletRequest request) {
        return Http.response(api().settings(caller(request)));
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Role.ADMIN)
    public Response updateSettings(@Context HttpServletRequest request, InputStream body) {
        return withBody(request, body, api()::updateSettings);
    }

    @GET
    @Path("audit")
    @Access(Role.ADMIN)
    public Response audit(@Context HttpServletRequest request, @QueryParam("limit") String limit) {
        return Http.response(api().audit(caller(request), limit));
    }

    @GET
    @Path("seat-requests")
    @Access(Role.ADMIN)
    public Response seatRequests(@Context HttpServletRequest request) {
        return Http.response(api().seatRequests(caller(request)));
    }

    @POST
    @Path("seat-requests/{id}/approve")
    @Access(Role.ADMIN)
    public Response approveRequest(@Context HttpServletRequest request, @PathParam("id") String id) {
        return Http.response(api().approveRequest(caller(request), id));
    }

    @POST
    @Path("seat-requests/{id}/dismiss")
    @Access(Role.ADMIN)
    public Response dismissRequest(@Context HttpServletRequest request, @PathParam("id") String id) {
        return Http.response(api().dismissRequest(caller(request), id));
    }

    private LicensingApi api() {
        return host.runtime().api();
    }

    private Caller caller(HttpServletRequest request) {
        return host.caller(request);
    }

    /** Checks the caller before reading a byte of the body, then reads it bounded (413 beyond) and answers. */
    private Response withBody(HttpServletRequest request, InputStream body,
                              BiFunction<Caller, String, ApiResponse> endpoint) {
        Caller caller = caller(request);
        if (!caller.admin()) {
            return Http.response(endpoint.apply(caller, ""));
        }
        String text = Http.body(body);
        return Http.response(text == null ? api().tooLarge() : endpoint.apply(caller, text));
    }
}
