package io.plainframe.licensing.atlassian.rest;

import io.plainframe.licensing.atlassian.PlainframeHost;
import io.plainframe.licensing.atlassian.rest.Access.Role;
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
 * URI template. Order of checks for every endpoint: anonymous 401, a user on an admin endpoint 403, an admin
 * from a browser session without a recent password 401 {@code WEBSUDO_REQUIRED} (basic-auth clients pass, as
 * Atlassian REST lets them), and only then the body is read (bounded, strictly UTF-8) and the request handled.
 * Endpoints without a body still declare JSON: Jersey then refuses any other type with 415, while a request
 * with no body and no type passes.
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
    @Access(Role.USER)
    public Response status(@Context HttpServletRequest request, @QueryParam("contentId") String contentId) {
        return Http.response(api().status(caller(request), contentId));
    }

    @POST
    @Path("seat-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Role.USER)
    public Response requestSeat(@Context HttpServletRequest request, InputStream body) {
        Caller caller = caller(request);
        if (caller.isAnonymous()) {
            return Http.response(api().requestSeat(caller, ""));
        }
        return withText(body, text -> api().requestSeat(caller, text));
    }

    @GET
    @Path("license")
    @Access(Role.ADMIN)
    public Response license(@Context HttpServletRequest request) {
        return admin(request, api()::license);
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
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Role.ADMIN)
    public Response removeLicense(@Context HttpServletRequest request) {
        return admin(request, api()::removeLicense);
    }

    @GET
    @Path("editors")
    @Access(Role.ADMIN)
    public Response editors(@Context HttpServletRequest request, @QueryParam("query") String query,
                            @QueryParam("state") String state, @QueryParam("start") String start,
                            @QueryParam("limit") String limit) {
        return admin(request, caller -> api().editors(caller, query, state, start, limit));
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
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Role.ADMIN)
    public Response removeEditor(@Context HttpServletRequest request, @PathParam("username") String username) {
        return admin(request, caller -> api().removeEditor(caller, username));
    }

    @GET
    @Path("editors.csv")
    @Produces("text/csv")
    @Access(Role.ADMIN)
    public Response exportEditors(@Context HttpServletRequest request) {
        return admin(request, api()::exportEditors);
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
        return admin(request, caller -> api().searchUsers(caller, query));
    }

    @GET
    @Path("settings")
    @Access(Role.ADMIN)
    public Response settings(@Context HttpServletRequest request) {
        return admin(request, api()::settings);
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
        return admin(request, caller -> api().audit(caller, limit));
    }

    @GET
    @Path("seat-requests")
    @Access(Role.ADMIN)
    public Response seatRequests(@Context HttpServletRequest request) {
        return admin(request, api()::seatRequests);
    }

    @POST
    @Path("seat-requests/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Role.ADMIN)
    public Response approveRequest(@Context HttpServletRequest request, @PathParam("id") String id) {
        return admin(request, caller -> api().approveRequest(caller, id));
    }

    @POST
    @Path("seat-requests/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Role.ADMIN)
    public Response dismissRequest(@Context HttpServletRequest request, @PathParam("id") String id) {
        return admin(request, caller -> api().dismissRequest(caller, id));
    }

    @GET
    @Path("recovery")
    @Access(Role.ADMIN)
    public Response recoveryOptions(@Context HttpServletRequest request) {
        return admin(request, host.runtime().recovery()::options);
    }

    @POST
    @Path("recovery")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Role.ADMIN)
    public Response recover(@Context HttpServletRequest request, InputStream body) {
        return withBody(request, body, host.runtime().recovery()::recover);
    }

    private LicensingApi api() {
        return host.runtime().api();
    }

    private Caller caller(HttpServletRequest request) {
        return host.caller(request);
    }

    /** An admin endpoint without a body: who is calling, then WebSudo, then the answer. */
    private Response admin(HttpServletRequest request, Function<Caller, ApiResponse> endpoint) {
        Caller caller = caller(request);
        if (caller.admin() && !webSudoSatisfied(request, caller)) {
            return Http.response(api().webSudoRequired());
        }
        return Http.response(endpoint.apply(caller));
    }

    /** An admin endpoint with a body: the caller is checked before a byte is read, then it is read bounded. */
    private Response withBody(HttpServletRequest request, InputStream body,
                              BiFunction<Caller, String, ApiResponse> endpoint) {
        Caller caller = caller(request);
        if (!caller.admin()) {
            return Http.response(endpoint.apply(caller, ""));
        }
        if (!webSudoSatisfied(request, caller)) {
            return Http.response(api().webSudoRequired());
        }
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

    /**
     * Browser sessions need a recent password (SAL's WebSudo); scripts authenticating every request with their
     * own basic-auth credentials pass, as they do through Atlassian REST's own WebSudo filter. Any other
     * Authorization header beside a session changes nothing.
     */
    private boolean webSudoSatisfied(HttpServletRequest request, Caller caller) {
        return host.signedInByBasicAuth(request, caller) || host.webSudo().canExecuteRequest(request);
    }
}
