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
import io.plainframe.licensing.host.MarketplaceLicense;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.key.License;
import java.util.LinkedHashMap;
import java.util.Map;

/** The license endpoints: what governs and why, a key's preview, applying and removing the vendor key. */
final class LicenseViews {

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
            json.put("buildDate", info.buildDate().date().toString());
            json.put("buildDateAssumed", info.buildDate().assumed());
            json.put("pluginVersion", info.pluginVersion());
            json.put("serverId", info.serverId());
            snapshots.storageProblem().ifPresent(problem -> json.put("storageProblem", problem));
            return ApiResponse.ok(json);
        });
    }

    /** {@code POST /license/preview}: what a key would do, without applying it. */
    ApiResponse previewLicense(Caller caller, String body) {
        return steps.admin(caller).orElseGet(() -> steps.withKey(body, key -> {
            LicensePreview preview = service.preview(key);
            Map<String, Object> json = new LinkedHashMap<>(describe(preview.check()));
            json.put("wouldGovern", preview.wouldGovern());
            json.put("reason", steps.outcome(preview.reason()));
            json.put("currentEditors", preview.editors());
            json.put("waitingAfter", preview.waitingAfter());
            json.put("editorsFit", preview.editorsFit());
            json.put("coversThisBuild", preview.check().decoded()
                    .map(l -> l.covers(info.buildDate().date())).orElse(false));
            return ApiResponse.ok(json);
        }));
    }

    /** {@code PUT /license}: validates and applies a vendor key; 400 with the validation code when invalid. */
    ApiResponse applyLicense(Caller caller, String body) {
        return steps.admin(caller).orElseGet(() -> steps.withKey(body, key -> {
            ChangeResult result = service.applyVendorKey(caller.actor(), key);
            if (result.code() == ChangeCode.INVALID_LICENSE) {
                return ApiResponse.error(400, (String) result.details().get("licenseCode"),
                        text.render(result.message()));
            }
            return result.isDone() ? license(caller) : steps.answer(result);
        }));
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
        check.decoded().ifPresent(license -> json.putAll(describe(license)));
        return json;
    }

    private static Map<String, Object> describe(License license) {
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
        json.put("maintenanceEnd", license.maintenanceEnd() == null ? null : license.maintenanceEnd().toString());
        return json;
    }
}
