package io.plainframe.licensing.web;

import io.plainframe.licensing.access.GoverningLicense;
import io.plainframe.licensing.admin.ChangeResult;
import io.plainframe.licensing.check.LicenseWarning;
import io.plainframe.licensing.host.DateTexts;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.i18n.Outcome;
import io.plainframe.licensing.json.Json;
import io.plainframe.licensing.json.JsonException;
import io.plainframe.licensing.seat.SeatAllocation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The steps every endpoint of the REST API shares: who may call, how a body is read, how a change answers. */
final class ApiSteps {

    private final TextRenderer text;
    private final AccessRefusals refusals;
    private final DateTexts dates;

    ApiSteps(TextRenderer text) {
        this(text, DateTexts.ISO);
    }

    ApiSteps(TextRenderer text, DateTexts dates) {
        this.text = Objects.requireNonNull(text, "text");
        this.refusals = new AccessRefusals(text);
        this.dates = Objects.requireNonNull(dates, "dates");
    }

    /** A moment in the host's date format, for people; answers keep the ISO value beside it for programs. */
    String dateText(Instant at) {
        return DateTexts.bounded(dates, at);
    }

    /** A calendar day in the host's date format; null for none (a license without that date). */
    String dayText(LocalDate day) {
        return day == null ? null : DateTexts.bounded(dates, day);
    }

    /** 401 for anonymous callers. */
    Optional<ApiResponse> signedIn(Caller caller) {
        return caller.isAnonymous() ? Optional.of(refusals.notSignedIn()) : Optional.empty();
    }

    /** 401 for anonymous callers, 403 for users who are not admins. */
    Optional<ApiResponse> admin(Caller caller) {
        return signedIn(caller).or(() -> caller.admin() ? Optional.empty() : Optional.of(refusals.notAdmin()));
    }

    /** A change's answer: 200 with its message and details, or its code's status with both. */
    ApiResponse answer(ChangeResult result) {
        if (result.isDone()) {
            Map<String, Object> json = new LinkedHashMap<>(result.details());
            json.put("message", text.render(result.message()));
            return ApiResponse.ok(json);
        }
        return ApiResponse.error(result.code().httpStatus(), result.code().name(), text.render(result.message()),
                result.details());
    }

    /** The body as a JSON object, or 400 saying why it is not one. */
    ApiResponse withObject(String body, Function<Map<String, Object>, ApiResponse> then) {
        Object json;
        try {
            json = Json.parse(body == null ? "" : body);
        } catch (JsonException e) {
            return ApiResponse.error(400, "INVALID_JSON", text.render(Message.of("plainframe.api.invalid-json",
                    e.getMessage())));
        }
        if (!(json instanceof Map<?, ?> map)) {
            return ApiResponse.error(400, "INVALID_JSON", text.render(Message.of("plainframe.api.not-an-object")));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) map;
        return then.apply(object);
    }

    /** 400 naming the field and what it should have been. */
    ApiResponse badRequest(String field, String expected) {
        return ApiResponse.error(400, "INVALID_FIELD", text.render(Message.of("plainframe.api.invalid-field", field,
                expected)), Map.of("field", field));
    }

    /** The body's {@code key} string, or 400. */
    ApiResponse withKey(String body, Function<String, ApiResponse> then) {
        return withObject(body, json -> json.get("key") instanceof String key ? then.apply(key)
                : badRequest("key", "string"));
    }

    /** The number in the text, the default when there is none, -1 when it is not a number in range. */
    static int number(String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            return number < min || number > max ? -1 : number;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static Map<String, Object> seats(SeatAllocation allocation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("limit", allocation.seats() == SeatAllocation.UNLIMITED ? null : allocation.seats());
        json.put("used", allocation.used());
        json.put("waiting", allocation.waiting());
        return json;
    }

    Map<String, Object> outcome(Outcome<?> outcome) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", outcome.code().name());
        json.put("message", text.render(outcome.message()));
        return json;
    }

    List<Object> warnings(GoverningLicense license) {
        List<Object> warnings = new ArrayList<>();
        for (Outcome<LicenseWarning> warning : license.warnings()) {
            warnings.add(outcome(warning));
        }
        return warnings;
    }
}
