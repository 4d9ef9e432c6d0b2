package io.plainframe.licensing.web;

import io.plainframe.licensing.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What to send back: an HTTP status and a body (JSON unless said otherwise).
 *
 * @param status      the HTTP status
 * @param contentType the media type of the body
 * @param body        the body text
 * @param fileName    a download name for the body, or {@code null}
 */
public record ApiResponse(int status, String contentType, String body, String fileName) {

    public static final String JSON = "application/json";
    public static final String CSV = "text/csv";

    public ApiResponse {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    public static ApiResponse ok(Map<String, ?> json) {
        return new ApiResponse(200, JSON, Json.write(json), null);
    }

    /** The error body of SPEC 6: {@code {"code": ..., "message": ...}} and any details. */
    public static ApiResponse error(int status, String code, String message, Map<String, ?> details) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", code);
        json.put("message", message);
        json.putAll(details);
        return new ApiResponse(status, JSON, Json.write(json), null);
    }

    public static ApiResponse error(int status, String code, String message) {
        return error(status, code, message, Map.of());
    }
}
