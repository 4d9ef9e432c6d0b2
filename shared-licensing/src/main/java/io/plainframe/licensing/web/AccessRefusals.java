package io.plainframe.licensing.web;

import io.plainframe.licensing.i18n.Message;
import java.util.Objects;

/**
 * The answers of SPEC 6 to a caller who may not call an endpoint at all, shared by the API's own checks and the
 * plugins' REST access filter, so both refuse with the same status, code and text.
 */
public final class AccessRefusals {

    private final TextRenderer text;

    public AccessRefusals(TextRenderer text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    /** 401: anonymous where signing in is required. */
    public ApiResponse notSignedIn() {
        return ApiResponse.error(401, "NOT_SIGNED_IN", text.render(Message.of("plainframe.api.401")));
    }

    /** 403: signed in, not an administrator. */
    public ApiResponse notAdmin() {
        return ApiResponse.error(403, "NOT_ADMIN", text.render(Message.of("plainframe.api.403")));
    }

    /** 403: signed in, not a system administrator. */
    public ApiResponse notSystemAdmin() {
        return ApiResponse.error(403, "NOT_SYSTEM_ADMIN", text.render(Message.of("plainframe.api.403.system-admin")));
    }

    /** 403: signed in without a licence for the product, where the site gives unlicensed users no access. */
    public ApiResponse noProductLicense() {
        return ApiResponse.error(403, "NO_PRODUCT_LICENSE", text.render(Message.of(
                "plainframe.api.403.product-license")));
    }

    /** 401: an administrator whose browser session needs their password again first (SAL's WebSudo). */
    public ApiResponse webSudoRequired() {
        return ApiResponse.error(401, "WEBSUDO_REQUIRED", text.render(Message.of("plainframe.api.websudo")));
    }
}
