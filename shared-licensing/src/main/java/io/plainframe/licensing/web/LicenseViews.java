package io.plainframe.licensing.web;

import io.plainframe.licensing.access.AccessSnapshot;
import io.plainframe.licensing.access.AccessSnapshots;
import io.plainframe.licensing.access.GoverningLicense;
import io.plainframe.licensing.access.LicenseSource;
import io.plainframe.licensing.admin.ChangeCode;
import io.plainframe.licensing.admin.ChangeResult;
import io.plainframe.licensing.admin.LicensePreview;
import io.plainframe.licensing.admin.LicensingService;
import io.plainframe.licensing.check.LicenseCheck;
import io.plainframe.licensing.check.LicenseCode;
import io.plainframe.licensing.host.MarketplaceLicense;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.i18n.Outcome;
import io.plainframe.licensing.key.License;
import io.plainframe.licensing.seat.Editor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The license endpoints: what governs and why, a key's preview, applying and removing the vendor key. */
final class LicenseViews {

    /** Editors a preview names at most; {@code waitingAfter} counts them all. */
    static final int NAMED_WAITING = 50;

    private final LicensingService service;
    private final AccessSnapshots snapshots;
    private final TextRenderer text;
    private final ProductInfo info;
    private final ApiSteps steps;

    LicenseViews(LicensingService service, AccessSnapshots snapshots, TextRenderer text, ProductInfo info,
                 ApiSteps steps) {
        this.service = service;
        this.snapshots = snapshots;
        this.text = text;
        this.info = info;
        this.steps = steps;
    }

    /** {@code GET /license}: the governing license with its reason, the other source, warnings, seats. */
    ApiResponse license(Caller caller) {
        return steps.admin(caller).orElseGet(() -> {
            // The admin page checks the stored state in full on every view, so damage shows here at once.
            snapshots.verify();
            AccessSnapshot snapshot = snapshots.latest();
            GoverningLicense license = snapshot.license();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("source", license.source().name());
            json.put("valid", license.valid());
            json.put("reason", steps.outcome(license.reason()));
            json.put("message", text.render(license.status()));
            json.put("governing", describe(license, license.source()));
            json.put("vendorKey", license.vendor().map(this::describe).orElse(null));
            json.put("marketplace", license.marketplace().map(this::describe).orElse(null));
            json.put("warnings", steps.warnings(license));
            json.put("seats", ApiSteps.seats(snapshot.allocation()));
            json.put("everyoneAllowed", license.allowsEveryone());
            json.put("maintenanceEnd", license.maintenanceEnd() == null ? null : license.maintenanceEnd().toString());
            json.put("maintenanceEndText", steps.dayText(license.maintenanceEnd()));
            json.put("buildDate", info.buildDate().date().toString());
            json.put("buildDateAssumed", info.buildDate().assumed());
            json.put("pluginVersion", info.pluginVersion());
            json.put("serverId", info.serverId());
            snapshots.storageProblem().ifPresent(problem -> json.put("storageProblem", problem));
            return ApiResponse.ok(json);
        });
    }

    /**
     * {@code POST /license/preview}: what a key would do, without applying it, relative to the installed license.
     * Only what the signature vouches for is shown: a key that is malformed or whose signature fails shows no
     * field at all (a forged "1000 editors" is never listed as a fact); a key for the other product shows its
     * verified fields with the product they are for.
     */
    ApiResponse previewLicense(Caller caller, String body) {
        return steps.admin(caller).orElseGet(() -> steps.withKey(body, key -> {
            LicensePreview preview = service.preview(key);
            Map<String, Object> json = new LinkedHashMap<>(describe(preview.check()));
            boolean verified = verified(preview.check());
            json.put("verified", verified);
            json.put("wouldGovern", preview.wouldGovern());
            json.put("reason", steps.outcome(preview.reason()));
            json.put("effect", steps.outcome(preview.effect()));
            json.put("losses", outcomes(preview.losses()));
            json.put("needsConfirmation", preview.needsConfirmation());
            json.put("currentEditors", preview.editors());
            json.put("waitingAfter", preview.waitingAfter());
            json.put("waitingEditors", waitingEditors(preview));
            json.put("editorsFit", preview.editorsFit());
            json.put("coversThisBuild", verified ? preview.check().decoded()
                    .map(l -> l.covers(info.buildDate().date())).orElse(false) : null);
            return ApiResponse.ok(json);
        }));
    }

    /**
     * {@code PUT /license} {@code {"key", "acceptLosses"}}: validates and applies a vendor key; 400 with the
     * validation code when invalid; 409 {@code DOWNGRADE_NEEDS_CONFIRMATION} with the losses when the key lowers
     * what the admin has and {@code acceptLosses} is not {@code true}.
     */
    ApiResponse applyLicense(Caller caller, String body) {
        return steps.admin(caller).orElseGet(() -> steps.withObject(body, json -> {
            if (!(json.get("key") instanceof String key)) {
                return steps.badRequest("key", "string");
            }
            Object accept = json.get("acceptLosses");
            if (accept != null && !(accept instanceof Boolean)) {
                return steps.badRequest("acceptLosses", "boolean");
            }
            ChangeResult result = service.applyVendorKey(caller.actor(), key, Boolean.TRUE.equals(accept));
            if (result.code() == ChangeCode.INVALID_LICENSE) {
                return ApiResponse.error(400, (String) result.details().get("licenseCode"),
                        text.render(result.message()));
            }
            if (result.code() == ChangeCode.DOWNGRADE_NEEDS_CONFIRMATION) {
                // The refusal was decided on the stored state; the texts come from a fresh look at the same key.
                LicensePreview preview = service.preview(key);
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("losses", outcomes(preview.losses()));
                details.put("waitingEditors", waitingEditors(preview));
                return ApiResponse.error(result.code().httpStatus(), result.code().name(),
                        text.render(result.message()), details);
            }
            return result.isDone() ? license(caller) : steps.answer(result);
        }));
    }

    private List<Object> outcomes(List<? extends Outcome<?>> outcomes) {
        List<Object> json = new ArrayList<>();
        outcomes.forEach(outcome -> json.add(steps.outcome(outcome)));
        return json;
    }

    /** The first editors who would wait, named, each saying whether they hold a seat now. */
    private static List<Object> waitingEditors(LicensePreview preview) {
        List<Object> json = new ArrayList<>();
        for (Editor editor : preview.waiting().subList(0, Math.min(NAMED_WAITING, preview.waiting().size()))) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("username", editor.username());
            one.put("displayName", editor.displayName());
            one.put("losesSeat", preview.losing().contains(editor));
            json.add(one);
        }
        return json;
    }

    /** Whether the key's signature was verified, so what it says may be shown (for this or the other product). */
    private static boolean verified(LicenseCheck check) {
        return check.code() != LicenseCode.MALFORMED && check.code() != LicenseCode.BAD_SIGNATURE;
    }

    /** {@code DELETE /license}: removes the vendor key. */
    ApiResponse removeLicense(Caller caller) {
        return steps.admin(caller).orElseGet(() -> steps.answer(service.removeVendorKey(caller.actor())));
    }

    private Map<String, Object> describe(GoverningLicense license, LicenseSource s) {
        return switch (s) {
            case VENDOR -> license.vendor().map(this::describe).orElse(null);
            case MARKETPLACE -> license.marketplace().map(this::describe).orElse(null);
            default -> null;
        };
    }

    private Map<String, Object> describe(LicenseCheck check) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", "VENDOR");
        json.put("code", check.code().name());
        json.put("valid", check.isValid());
        json.put("message", text.render(check.message()));
        if (verified(check)) {
            check.decoded().ifPresent(license -> json.putAll(describe(license)));
        }
        return json;
    }

    private Map<String, Object> describe(License license) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("licenseId", license.licenseId());
        json.put("product", license.product().id());
        json.put("licensee", license.licensee());
        json.put("email", license.email());
        json.put("type", license.type().id());
        json.put("editors", license.editors().isUnlimited() ? null : license.editors().count());
        json.put("purchaseDate", license.purchaseDate() == null ? null : license.purchaseDate().toString());
        json.put("maintenanceStart", license.maintenanceStart().toString());
        json.put("maintenanceEnd", license.maintenanceEnd().toString());
        json.put("maintenanceEndText", steps.dayText(license.maintenanceEnd()));
        json.put("evaluation", license.isEvaluation());
        json.put("supersedes", license.supersedes());
        return json;
    }

    private Map<String, Object> describe(MarketplaceLicense license) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", "MARKETPLACE");
        json.put("valid", license.isValid());
        json.put("error", license.error().map(Enum::name).orElse(null));
        json.put("message", text.render(license.error().map(e -> Message.of(e.i18nKey()))
                .orElse(Message.of("plainframe.marketplace.valid", license.licensee()))));
        json.put("licensee", license.licensee());
        json.put("sen", license.sen());
        json.put("evaluation", license.evaluation());
        json.put("editors", license.users().isUnlimited() ? null : license.users().count());
        json.put("expiry", license.expiry() == null ? null : license.expiry().toString());
        json.put("expiryText", steps.dayText(license.expiry()));
        json.put("maintenanceEnd", license.maintenanceEnd() == null ? null : license.maintenanceEnd().toString());
        json.put("maintenanceEndText", steps.dayText(license.maintenanceEnd()));
        return json;
    }
}
