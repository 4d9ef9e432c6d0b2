package io.plainframe.licensing.atlassian.rest;

import io.plainframe.licensing.web.ApiResponse;
import javax.ws.rs.core.Response;

/** From {@link ApiResponse}s to JAX-RS responses. */
public final class Http {

    private Http() {
    }

    public static Response response(ApiResponse answer) {
        Response.ResponseBuilder response = Response.status(answer.status())
                .type(answer.contentType() + ";charset=UTF-8")
                .entity(answer.body())
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
        if (answer.fileName() != null) {
            response.header("Content-Disposition", "attachment; filename=\"" + answer.fileName() + "\"");
        }
        return response.build();
    }
}
