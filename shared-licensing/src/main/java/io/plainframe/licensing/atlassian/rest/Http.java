package io.plainframe.licensing.atlassian.rest;

import io.plainframe.licensing.web.ApiResponse;
import io.plainframe.licensing.web.LicensingApi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.ws.rs.core.Response;

/** From request bodies to text and from {@link ApiResponse}s to JAX-RS responses. */
public final class Http {

    private Http() {
    }

    /** The body as text, or {@code null} when it is larger than {@link LicensingApi#MAX_BODY_BYTES}. */
    static String body(InputStream in) {
        if (in == null) {
            return "";
        }
        try {
            byte[] bytes = in.readNBytes(LicensingApi.MAX_BODY_BYTES + 1);
            return bytes.length > LicensingApi.MAX_BODY_BYTES ? null : new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
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
