package io.plainframe.licensing.atlassian.rest;

import io.plainframe.licensing.atlassian.PlainframeHost;
import io.plainframe.licensing.atlassian.rest.Access.Role;
import io.plainframe.licensing.web.Caller;
import java.io.InputStream;
import java.util.Objects;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** The endpoints for every signed-in user: their status, and asking for a seat. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    private final PlainframeHost host;

    public StatusResource(PlainframeHost host) {
        this.host = Objects.requireNonNull(host, "host");
    }

    @GET
    @Path("status")
    @Access(Role.USER)
    public Response status(@Context HttpServletRequest request, @QueryParam("contentId") String contentId) {
        return Http.response(host.runtime().api().status(host.caller(request), contentId));
    }

    @POST
    @Path("seat-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Role.USER)
    public Response requestSeat(@Context HttpServletRequest request, InputStream body) {
        Caller caller = host.caller(request);
        String text = caller.isAnonymous() ? "" : Http.body(body);
        return Http.response(text == null ? host.runtime().api().tooLarge()
                : host.runtime().api().requestSeat(caller, text));
    }
}
