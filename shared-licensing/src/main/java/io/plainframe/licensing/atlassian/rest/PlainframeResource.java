package io.plainframe.licensing.atlassian.rest;

import com.atlassian.plugins.rest.common.security.AdminOnly;
import com.atlassian.plugins.rest.common.security.UnlicensedSiteAccess;
import io.plainframe.licensing.atlassian.PlainframeHost;
import io.plainframe.licensing.web.ApiResponse;
import io.plainframe.licensing.web.Caller;
import io.plainframe.licensing.web.LicensingApi;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
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

/**
 * The REST API of SPEC 6 at {@code /rest/plainframe/1.0}: one root resource, as Jersey 1 allows one class per
 * URI template. Each method's Atlassian access annotation says who may call it; {@link RestAccessFilter}
 * enforces it (with WebSudo for admin endpoints) before the request gets here, and the API checks the caller
 * again. Bodies are read bounded and strictly as UTF-8. Endpoints without a body still declare JSON: Jersey
 * then refuses any other type with 415, while a request with no body and no type passes.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class PlainframeResource {

    private final PlainframeHost host;

    public PlainframeResource(PlainframeHost host) {
        this.host = Objects.requireNonNull(host, "host");
    }

    @GET
    @Path("status")
    @UnlicensedSiteAccess
    public Response status(@Context HttpServletRequest request, @QueryParam("contentId") String contentId) {
        return Http.response(api().status(caller(request), contentId));
    }

    @POST
    @Path("seat-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @UnlicensedSiteAccess
    public Response requestSeat(@Context HttpServletRequest request, InputStream body) {
        return withBody(request, body, api()::requestSeat);
    }

    @GET
    @Path("license")
    @AdminOnly
    public Response license(@Context HttpServletRequest request) {
        return answer(request, api()::license);
    }

    @POST
    @Path("license/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @ChangesNothing
    public Response previewLicense(@Context HttpServletRequest request, InputStream body) {
        return withBody(request, body, api()::previewLicense);
    }

    @PUT
    @Path("license")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public Response applyLicense(@Context HttpServletRequest request, InputStream body) {
        return withBody(request, body, api()::applyLicense);
    }

    @DELETE
    @Path("license")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public Response removeLicense(@Context HttpServletRequest request) {
        return answer(request, api()::removeLicense);
    }

    @GET
    @Path("editors")
    @AdminOnly
    public Response editors(@Context HttpServletRequest request, @QueryParam("query") String query,
                            @QueryParam("state") String state, @QueryParam("start") String start,
                            @QueryParam("limit") String limit) {
        return answer(request, caller -> api().editors(caller, query, state, start, limit));
    }

    @POST
    @Path("editors")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public Response addEditors(@Context HttpServletRequest request, InputStream body) {
        return withBody(request, body, api()::addEditors);
    }

    @DELETE
    @Path("editors/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public Response removeEditor(@Context HttpServletRequest request, @PathParam("username") String username) {
        return answer(request, caller -> api().removeEditor(caller, username));
    }

    @GET
    @Path("editors.csv")
    @Produces("text/csv")
    @AdminOnly
    public Response exportEditors(@Context HttpServletRequest request) {
        return answer(request, api()::exportEditors);
    }

    @POST
    @Path("editors/import")
    @Consumes("text/csv")
    @AdminOnly
    public Response importEditors(@Context HttpServletRequest request, InputStream body) {
        return withBody(request, body, api()::importEditors);
    }

    @GET
    @Path("users")
    @AdminOnly
    public Response searchUsers(@Context HttpServletRequest request, @QueryParam("query") String query) {
        return answer(request, caller -> api().searchUsers(caller, query));
    }

    @GET
    @Path("settings")
    @AdminOnly
    public Response settings(@Context HttpServletRequest request) {
        return answer(request, api()::settings);
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public Response updateSettings(@Context HttpServletRequest request, InputStream body) {
        return withBody(request, body, api()::updateSettings);
    }

    @GET
    @Path("groups")
    @AdminOnly
    public Response searchGroups(@Context HttpServletRequest request, @QueryParam("query") String query) {
        return answer(request, caller -> api().searchGroups(caller, query));
    }

    @GET
    @Path("audit")
    @AdminOnly
    public Response audit(@Context HttpServletRequest request, @QueryParam("limit") String limit) {
        return answer(request, caller -> api().audit(caller, limit));
    }

    @GET
    @Path("seat-requests")
    @AdminOnly
    public Response seatRequests(@Context HttpServletRequest request) {
        return answer(request, api()::seatRequests);
    }

    @POST
    @Path("seat-requests/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public Response approveRequest(@Context HttpServletRequest request, @PathParam("id") String id) {
        return answer(request, caller -> api().approveRequest(caller, id));
    }

    @POST
    @Path("seat-requests/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public Response dismissRequest(@Context HttpServletRequest request, @PathParam("id") String id) {
        return answer(request, caller -> api().dismissRequest(caller, id));
    }

    @GET
    @Path("recovery")
    @AdminOnly
    public Response recoveryOptions(@Context HttpServletRequest request) {
        return answer(request, host.runtime().recovery()::options);
    }

    @POST
    @Path("recovery")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public Response recover(@Context HttpServletRequest request, InputStream body) {
        return withBody(request, body, host.runtime().recovery()::recover);
    }

    private LicensingApi api() {
        return host.runtime().api();
    }

    private Caller caller(HttpServletRequest request) {
        return host.caller(request);
    }

    /** An endpoint without a body: who is calling, then the answer. */
    private Response answer(HttpServletRequest request, Function<Caller, ApiResponse> endpoint) {
        return Http.response(endpoint.apply(caller(request)));
    }

    /** An endpoint with a body, read bounded and strictly as UTF-8. */
    private Response withBody(HttpServletRequest request, InputStream body,
                              BiFunction<Caller, String, ApiResponse> endpoint) {
        Caller caller = caller(request);
        return withText(body, text -> endpoint.apply(caller, text));
    }

    /** The endpoint's answer to the body's text; 413 or 400 when it is too large or not UTF-8. */
    private Response withText(InputStream body, Function<String, ApiResponse> endpoint) {
        RequestBody read = RequestBody.read(body, LicensingApi.MAX_BODY_BYTES);
        return Http.response(switch (read.problem()) {
            case TOO_LARGE -> api().tooLarge();
            case NOT_UTF8 -> api().notUtf8();
            case NONE -> endpoint.apply(read.text());
        });
    }
}
