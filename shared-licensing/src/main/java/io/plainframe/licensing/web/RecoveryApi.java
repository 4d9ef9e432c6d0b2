package io.plainframe.licensing.web;

import io.plainframe.licensing.admin.ChangeResult;
import io.plainframe.licensing.admin.StateRecovery;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.state.PlainframeState;
import io.plainframe.licensing.state.StateStore.Loaded;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /recovery} and {@code POST /recovery} (admins): what is wrong with a stored state that cannot be
 * read, and the two ways back, {@code {"action": "restore-previous"}} and {@code {"action": "start-from-key",
 * "key": "..."}}. Both answer 409 {@code STATE_READABLE} when there is nothing to recover.
 */
public final class RecoveryApi {

    private final StateRecovery recovery;
    private final TextRenderer text;
    private final ApiSteps steps;

    public RecoveryApi(StateRecovery recovery, TextRenderer text) {
        this.recovery = Objects.requireNonNull(recovery, "recovery");
        this.text = Objects.requireNonNull(text, "text");
        this.steps = new ApiSteps(text);
    }

    /**
     * {@code {"damaged": boolean, "problem", "message", "previous": {"revision", "licensee", "editors",
     * "requests", "message"} or null, "previousProblem"}}.
     */
    public ApiResponse options(Caller caller) {
        return steps.admin(caller).orElseGet(() -> {
            StateRecovery.Options options;
            try {
                options = recovery.options();
            } catch (HostUnavailableException e) {
                return ApiResponse.error(503, "HOST_UNAVAILABLE", text.render(Message.of(
                        "plainframe.change.host-unavailable")));
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("damaged", options.damaged());
            options.problem().ifPresent(problem -> {
                json.put("problem", problem);
                json.put("message", text.render(Message.of("plainframe.recovery.damaged", problem)));
            });
            json.put("previous", options.previous().map(this::describe).orElse(null));
            options.previousProblem().ifPresent(problem -> json.put("previousProblem", text.render(Message.of(
                    "plainframe.recovery.previous-damaged", problem))));
            return ApiResponse.ok(json);
        });
    }

    /** Carries out the admin's choice. */
    public ApiResponse recover(Caller caller, String body) {
        return steps.admin(caller).orElseGet(() -> steps.withObject(body, json -> {
            Object action = json.get("action");
            if ("restore-previous".equals(action)) {
                return steps.answer(recovery.restorePrevious(caller.actor()));
            }
            if ("start-from-key".equals(action)) {
                Object key = json.getOrDefault("key", "");
                if (!(key instanceof String keyText)) {
                    return steps.badRequest("key", "string");
                }
                ChangeResult result = recovery.startFromKey(caller.actor(), keyText);
                return steps.answer(result);
            }
            return steps.badRequest("action", "\"restore-previous\" or \"start-from-key\"");
        }));
    }

    private Map<String, Object> describe(Loaded previous) {
        PlainframeState state = previous.state();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("revision", previous.revision());
        json.put("hasLicenseKey", state.vendorKeyText().isPresent());
        json.put("editors", state.roster().size());
        json.put("requests", state.requests().size());
        json.put("message", text.render(Message.of("plainframe.recovery.previous", previous.revision(),
                state.roster().size(), state.requests().size(), state.vendorKeyText().isPresent() ? 1 : 0)));
        return json;
    }
}
