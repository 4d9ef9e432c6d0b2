package io.plainframe.licensing.web;

import static io.plainframe.licensing.TestHost.assertDone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.Fixtures;
import io.plainframe.licensing.TestHost;
import io.plainframe.licensing.check.BuildDate;
import io.plainframe.licensing.host.FakeContentPermissions;
import io.plainframe.licensing.json.Json;
import io.plainframe.licensing.key.Product;
import io.plainframe.licensing.key.SeatLimit;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** SPEC 6: every endpoint's statuses, bodies and error format. */
class LicensingApiTest {

    private static final Caller ADMIN = Caller.admin("key-admin", "admin");
    private static final Caller USER = Caller.user("key-viewer", "viewer");

    private final TestHost host = new TestHost().users("alice", "bob", "carol", "viewer");
    private final FakeContentPermissions content = new FakeContentPermissions()
            .allowEdit("key-alice", "page-1").allowView("key-viewer", "page-1");
    private final LicensingApi api = new LicensingApi(host.service, host.snapshots, host.audit, host.directory,
            content, Fixtures::english, new ProductInfo(Product.CONFLUENCE, "1.0.0", BuildDate.of(TestHost.BUILT),
                    "SERVER-ID"));

    // Who may call what -----------------------------------------------------------------------------------------

    @Test
    void everyEndpointRefusesAnonymousCallersWith401() {
        for (Function<Caller, ApiResponse> endpoint : endpoints()) {
            ApiResponse response = endpoint.apply(Caller.ANONYMOUS);
            assertThat(response.status()).isEqualTo(401);
            assertThat(json(response)).containsEntry("code", "NOT_SIGNED_IN");
        }
    }

    @Test
    void adminEndpointsRefuseUsersWith403BeforeDoingAnything() {
        int writes = host.store.writes();
        List<Function<Caller, ApiResponse>> all = endpoints();
        for (Function<Caller, ApiResponse> endpoint : all.subList(2, all.size())) {
            ApiResponse response = endpoint.apply(USER);
            assertThat(response.status()).isEqualTo(403);
            assertThat(json(response)).containsEntry("code", "NOT_ADMIN");
        }
        assertThat(host.store.writes()).isEqualTo(writes);
        assertThat(host.audit.events()).isEmpty();
    }

    @Test
    void signedInUsersMayReadTheirStatusAndAskForASeat() {
        assertThat(api.status(USER, null).status()).isEqualTo(200);
        assertThat(api.requestSeat(USER, "{\"note\":\"please\"}").status()).isEqualTo(200);
    }

    // Status -----------------------------------------------------------------------------------------------------

    @Test
    void statusSaysWhatTheCallerMayDoWithAPageAndWhy() {
        host.licensedFor(5).add("alice");
        Map<String, Object> alice = json(api.status(Caller.user("key-alice", "alice"), "page-1"));
        assertThat(alice).containsEntry("product", "confluence").containsEntry("pluginVersion", "1.0.0")
                .containsEntry("buildDate", "2026-03-01");
        assertThat(map(alice, "me")).containsEntry("canView", true).containsEntry("canEdit", true)
                .containsEntry("reason", "EDITOR");
        Map<String, Object> viewer = map(json(api.status(USER, "page-1")), "me");
        assertThat(viewer).containsEntry("canView", true).containsEntry("canEdit", false)
                .containsEntry("reason", "NO_EDIT_PERMISSION");
        assertThat(map(json(api.status(USER, "secret-page")), "me")).containsEntry("canView", false);
        assertThat(map(json(api.status(USER, null)), "me")).containsEntry("reason", "NO_SEAT")
                .containsEntry("message", "Your administrator has not given you an editor seat. Request one.");
    }

    @Test
    void statusWithoutAPageSpeaksOfTheSeatNotOfAWireframe() {
        host.licensedFor(1).add("alice");
        host.directory.join("plainframe-editors", "bob");
        host.service.syncDirectory();
        assertThat(map(json(api.status(Caller.user("key-alice", "alice"), null)), "me"))
                .containsEntry("canEdit", true).containsEntry("message",
                        "You hold an editor seat: you can edit wireframes on the pages and issues you may edit.");
        assertThat(map(json(api.status(Caller.user("key-bob", "bob"), null)), "me")).containsEntry("message",
                "You are an editor, but the one seat is taken by earlier editors, so you are waiting for a seat.");
        assertThat(map(json(api.status(Caller.user("key-alice", "alice"), "page-1")), "me"))
                .containsEntry("message", "You can edit this wireframe.");
    }

    @Test
    void aSeatIsOfferedOnlyToViewersWithoutOneUnderALicenseThatHasSeats() {
        Caller bob = Caller.user("key-bob", "bob");
        assertThat(map(json(api.status(USER, null)), "me")).as("no license").containsEntry("reason", "NO_LICENSE")
                .containsEntry("canRequestSeat", false);
        host.licensedFor(1).add("alice");
        host.directory.join("plainframe-editors", "bob");
        host.service.syncDirectory();
        assertThat(map(json(api.status(bob, null)), "me")).as("waiting editor")
                .containsEntry("reason", "WAITING_FOR_SEAT").containsEntry("canRequestSeat", false);
        assertThat(map(json(api.status(USER, null)), "me")).containsEntry("canRequestSeat", true);
        api.requestSeat(USER, "{}");
        assertThat(map(json(api.status(USER, null)), "me")).as("asked already").containsEntry("seatRequested", true)
                .containsEntry("canRequestSeat", false);
    }

    @Test
    void approvingIsBlockedWithAReasonWhileNoSeatIsFree() {
        api.requestSeat(USER, "{}");
        assertThat(json(api.seatRequests(ADMIN))).containsEntry("canApprove", false).containsEntry("approveBlocked",
                "No license is installed, so a request cannot be approved. Apply a license first.");
        host.licensedFor(1).add("alice");
        assertThat(json(api.seatRequests(ADMIN))).containsEntry("canApprove", false).containsEntry("approveBlocked",
                "No seat is free (1 of 1 in use), so a request cannot be approved now. Remove an editor or apply a"
                        + " license with more seats first.");
        host.remove("alice");
        assertThat(json(api.seatRequests(ADMIN))).containsEntry("canApprove", true)
                .containsEntry("approveBlocked", null);
    }

    @Test
    void onlyAdminsReadTheLicenseWarningsInTheirStatus() {
        assertThat(json(api.status(USER, "page-1"))).doesNotContainKey("warnings");
        assertThat(warningCodes(api.status(ADMIN, "page-1"))).containsExactly("NONE");

        host.licensedFor(10).add("alice", "bob", "carol");
        api.applyLicense(ADMIN, Json.write(Map.of("key", TestHost.key(2), "acceptLosses", true)));
        assertThat(json(api.status(USER, "page-1"))).doesNotContainKey("warnings");
        assertThat(warningCodes(api.status(ADMIN, "page-1"))).contains("EDITORS_WAITING");
    }

    private static List<String> warningCodes(ApiResponse status) {
        return ((List<?>) json(status).get("warnings")).stream()
                .map(warning -> String.valueOf(((Map<?, ?>) warning).get("code"))).toList();
    }

    // License ----------------------------------------------------------------------------------------------------

    @Test
    void anInvalidKeyIsRefusedWith400AndItsValidationCode() {
        ApiResponse response = api.applyLicense(ADMIN, body("key", Fixtures.license().product(Product.JIRA).key()));
        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response)).containsEntry("code", "WRONG_PRODUCT")
                .hasEntrySatisfying("message", m -> assertThat((String) m).startsWith("This key is for Jira"));
    }

    @Test
    void aValidKeyIsAppliedAndTheLicenseShown() {
        Map<String, Object> license = json(api.applyLicense(ADMIN, body("key", TestHost.key(10))));
        assertThat(license).containsEntry("source", "VENDOR").containsEntry("valid", true)
                .containsEntry("maintenanceEnd", "2027-01-15").containsEntry("buildDate", "2026-03-01")
                .containsEntry("serverId", "SERVER-ID");
        assertThat(map(license, "governing")).containsEntry("licensee", "Acme Ltd").containsEntry("editors", 10L);
        assertThat(map(license, "reason")).containsEntry("code", "VENDOR_KEY");
        assertThat(map(license, "seats")).containsEntry("limit", 10L).containsEntry("used", 0L);
    }

    @Test
    void aPreviewShowsTheEffectOfAKeyAndAppliesNothing() {
        host.licensedFor(10).add("alice", "bob", "carol");
        Map<String, Object> preview = json(api.previewLicense(ADMIN, body("key", TestHost.key(2))));
        assertThat(preview).containsEntry("valid", true).containsEntry("editors", 2L)
                .containsEntry("currentEditors", 3L)
                .containsEntry("waitingAfter", 1L).containsEntry("editorsFit", false)
                .containsEntry("coversThisBuild", true).containsEntry("wouldGovern", true);
        assertThat(map(json(api.license(ADMIN)), "seats")).containsEntry("limit", 10L);
    }

    @Test
    void aDowngradeIsPreviewedWithItsLossesAndTheEditorsWhoWouldWait() {
        host.licensedFor(10).add("alice");
        host.clock.advance(Duration.ofMinutes(1));
        host.add("bob");
        Map<String, Object> preview = json(api.previewLicense(ADMIN, body("key", TestHost.key(1))));
        assertThat(preview).containsEntry("needsConfirmation", true).containsEntry("waitingAfter", 1L);
        assertThat(map(preview, "effect")).containsEntry("code", "GOVERNS_WITH_LOSSES");
        assertThat(objects(preview.get("losses"))).containsExactly(
                Map.of("code", "FEWER_SEATS", "message", "Editor seats would go down from 10 to 1."),
                Map.of("code", "EDITORS_LOSE_SEATS", "message", "1 editor would lose their seat and wait: bob."));
        assertThat(objects(preview.get("waitingEditors"))).containsExactly(
                Map.of("username", "bob", "displayName", "User bob", "losesSeat", true));
    }

    @Test
    void applyingADowngradeWithoutConfirmationIs409WithTheLossesAndWithConfirmationApplies() {
        host.licensedFor(10).add("alice", "bob");
        ApiResponse refused = api.applyLicense(ADMIN, body("key", TestHost.key(1)));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(json(refused)).containsEntry("code", "DOWNGRADE_NEEDS_CONFIRMATION")
                .hasEntrySatisfying("message", m -> assertThat((String) m).startsWith("This key would lower"));
        assertThat((List<?>) json(refused).get("losses")).hasSize(2);
        assertThat(map(json(api.license(ADMIN)), "seats")).as("nothing applied").containsEntry("limit", 10L);
        assertThat(json(api.applyLicense(ADMIN, Json.write(Map.of("key", TestHost.key(1), "acceptLosses", "yes")))))
                .containsEntry("code", "INVALID_FIELD").containsEntry("field", "acceptLosses");
        ApiResponse applied = api.applyLicense(ADMIN, Json.write(Map.of("key", TestHost.key(1),
                "acceptLosses", true)));
        assertThat(applied.status()).isEqualTo(200);
        assertThat(map(json(applied), "seats")).containsEntry("limit", 1L);
    }

    @Test
    void aForgedKeyShowsNoFieldsOnlyWhyAndThatTheCurrentLicenseStays() {
        host.licensedFor(10);
        String forged = Fixtures.forged(Fixtures.license().editors(SeatLimit.of(1000)).key(), TestHost.key(10));
        Map<String, Object> preview = json(api.previewLicense(ADMIN, body("key", forged)));
        assertShowsNoClaim(preview);
        assertThat(map(preview, "effect")).containsEntry("code", "REFUSED_CURRENT_STAYS").containsEntry("message",
                "If applied: this key would not be accepted, and your current license stays in force.");
        assertThat(map(preview, "reason")).containsEntry("code", "VENDOR_KEY");
    }

    @Test
    void theNoClaimCheckCatchesThePreviewAsItWasBeforeIssue15() {
        // What the preview answered for the tampered demo key before: the forged seats listed as a fact.
        Map<String, Object> before = Map.of("code", "BAD_SIGNATURE", "valid", false, "licensee", "Example Corp",
                "editors", 1000L, "coversThisBuild", true);
        assertThatThrownBy(() -> assertShowsNoClaim(before)).isInstanceOf(AssertionError.class);
    }

    @Test
    void aKeyForTheOtherProductShowsItsVerifiedFieldsForThatProduct() {
        host.licensedFor(10);
        Map<String, Object> preview = json(api.previewLicense(ADMIN, body("key",
                Fixtures.license().product(Product.JIRA).key())));
        assertThat(preview).containsEntry("code", "WRONG_PRODUCT").containsEntry("verified", true)
                .containsEntry("product", "jira").containsEntry("editors", 10L);
        assertThat(map(preview, "effect")).containsEntry("code", "REFUSED_CURRENT_STAYS");
    }

    @Test
    void removingTheKeyAndRemovingItAgain() {
        host.licensedFor(10);
        assertThat(api.removeLicense(ADMIN).status()).isEqualTo(200);
        ApiResponse again = api.removeLicense(ADMIN);
        assertThat(again.status()).isEqualTo(404);
        assertThat(json(again)).containsEntry("code", "NO_VENDOR_KEY");
    }

    @Test
    void requestBodiesThatAreNotTheExpectedJsonAre400() {
        assertThat(json(api.applyLicense(ADMIN, "{nope"))).containsEntry("code", "INVALID_JSON");
        assertThat(json(api.applyLicense(ADMIN, "[1]"))).containsEntry("code", "INVALID_JSON");
        assertThat(json(api.applyLicense(ADMIN, "{\"key\": 5}"))).containsEntry("code", "INVALID_FIELD")
                .containsEntry("field", "key");
        assertThat(api.applyLicense(ADMIN, null).status()).isEqualTo(400);
        assertThat(api.tooLarge().status()).isEqualTo(413);
    }

    // Editors ----------------------------------------------------------------------------------------------------

    @Test
    void aSearchMatchesUsernameNameOrEmailInAnyCaseAndFollowsEveryChange() {
        host.licensedFor(5).add("alice", "bob");
        assertThat(json(api.editors(ADMIN, "ALI", null, null, null))).containsEntry("total", 1L);
        assertThat(json(api.editors(ADMIN, "user BOB", null, null, null))).containsEntry("total", 1L);
        assertThat(json(api.editors(ADMIN, "@Example.COM", null, null, null))).containsEntry("total", 2L);
        assertThat(json(api.editors(ADMIN, "alicebob", null, null, null))).as("not across fields")
                .containsEntry("total", 0L);
        assertThat(json(api.editors(ADMIN, "carol", null, null, null))).containsEntry("total", 0L);
        host.add("carol");
        assertThat(json(api.editors(ADMIN, "carol", null, null, null))).containsEntry("total", 1L);
        host.remove("alice");
        assertThat(json(api.editors(ADMIN, "ali", null, null, null))).containsEntry("total", 0L);
    }

    @Test
    void editorsAreListedWithSearchStateFilterAndPaging() {
        host.licensedFor(2).add("alice", "bob");
        host.directory.join("plainframe-editors", "carol");
        host.clock.advance(Duration.ofMinutes(1));
        host.service.syncDirectory();
        Map<String, Object> all = json(api.editors(ADMIN, null, null, null, null));
        assertThat(all).containsEntry("total", 3L);
        assertThat(map(all, "seats")).containsEntry("limit", 2L).containsEntry("used", 2L).containsEntry("waiting", 1L);
        assertThat(list(all, "editors")).extracting(e -> asMap(e).get("username"))
                .containsExactly("alice", "bob", "carol");
        assertThat(asMap(list(all, "editors").get(2))).containsEntry("source", "GROUP")
                .containsEntry("state", "WAITING");
        assertThat(json(api.editors(ADMIN, "CAR", null, null, null))).containsEntry("total", 1L);
        assertThat(json(api.editors(ADMIN, null, "waiting", null, null))).containsEntry("total", 1L);
        Map<String, Object> page = json(api.editors(ADMIN, null, null, "1", "1"));
        assertThat(page).containsEntry("total", 3L);
        assertThat(list(page, "editors")).extracting(e -> asMap(e).get("username")).containsExactly("bob");
        assertThat(api.editors(ADMIN, null, "sleeping", null, null).status()).isEqualTo(400);
        assertThat(api.editors(ADMIN, null, null, "-1", null).status()).isEqualTo(400);
        assertThat(api.editors(ADMIN, null, null, null, "100000").status()).isEqualTo(400);
    }

    @Test
    void anUnlimitedLicenseShowsNoSeatLimit() {
        host.licensedFor(0);
        assertThat(map(json(api.editors(ADMIN, null, null, null, null)), "seats")).containsEntry("limit", null);
    }

    @Test
    void addingEditorsAnswersWithTheSpecsCodesAndDetails() {
        host.licensedFor(2);
        ApiResponse unknown = api.addEditors(ADMIN, "{\"usernames\":[\"alice\",\"mallory\"]}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(json(unknown)).containsEntry("code", "UNKNOWN_USERS").containsEntry("usernames", List.of("mallory"));
        ApiResponse tooMany = api.addEditors(ADMIN, "{\"usernames\":[\"alice\",\"bob\",\"carol\"]}");
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(json(tooMany)).containsEntry("code", "NO_FREE_SEATS").containsEntry("free", 2L)
                .containsEntry("requested", 3L);
        assertThat(api.addEditors(ADMIN, "{\"usernames\":[\"alice\"]}").status()).isEqualTo(200);
        assertThat(json(api.addEditors(ADMIN, "{\"usernames\":\"alice\"}"))).containsEntry("code", "INVALID_FIELD");
    }

    @Test
    void removingAnEditor() {
        host.licensedFor(2).add("alice");
        assertThat(api.removeEditor(ADMIN, "alice").status()).isEqualTo(200);
        assertThat(json(api.removeEditor(ADMIN, "alice"))).containsEntry("code", "NOT_AN_EDITOR");
        assertThat(api.removeEditor(ADMIN, "alice").status()).isEqualTo(404);
    }

    @Test
    void theCsvExportIsProtectedAgainstFormulaInjectionAndImportsBack() {
        host.directory.add("=cmd");
        host.licensedFor(5).add("alice", "=cmd");
        ApiResponse csv = api.exportEditors(ADMIN);
        assertThat(csv.contentType()).isEqualTo("text/csv");
        assertThat(csv.fileName()).isEqualTo("plainframe-editors.csv");
        assertThat(csv.body()).startsWith("username,displayName,email,source,state,seatedAt\r\n")
                .contains("'=cmd").doesNotContain("\n=cmd");
        assertThat(api.removeEditor(ADMIN, "alice").status()).isEqualTo(200);
        assertThat(api.removeEditor(ADMIN, "=cmd").status()).isEqualTo(200);
        assertThat(api.importEditors(ADMIN, csv.body()).status()).isEqualTo(200);
        assertThat(json(api.editors(ADMIN, null, null, null, null))).containsEntry("total", 2L);
    }

    @Test
    void aCsvWithoutAUsernameColumnOrWithABrokenQuoteIsRefused() {
        host.licensedFor(5);
        assertThat(json(api.importEditors(ADMIN, "name\nalice\n"))).containsEntry("code", "INVALID_CSV");
        assertThat(json(api.importEditors(ADMIN, "username\n\"alice\n"))).containsEntry("code", "INVALID_CSV");
        assertThat(json(api.importEditors(ADMIN, ""))).containsEntry("code", "INVALID_CSV");
        ApiResponse unknown = api.importEditors(ADMIN, "username\nalice\nmallory\n");
        assertThat(json(unknown)).containsEntry("code", "UNKNOWN_USERS");
    }

    @Test
    void theUserPickerFindsHostUsersAndShowsWhoIsAnEditor() {
        host.licensedFor(5).add("alice");
        List<Object> users = list(json(api.searchUsers(ADMIN, "al")), "users");
        assertThat(users).singleElement().satisfies(user -> assertThat(asMap(user))
                .containsEntry("username", "alice").containsEntry("state", "LICENSED"));
        assertThat(list(json(api.searchUsers(ADMIN, " ")), "users")).isEmpty();
    }

    // Settings, audit, requests ---------------------------------------------------------------------------------

    @Test
    void settingsAreReadAndChanged() {
        assertThat(json(api.settings(ADMIN))).containsEntry("mode", "selected")
                .containsEntry("editorsGroup", "plainframe-editors").containsEntry("everyoneAllowed", false);
        assertThat(json(api.updateSettings(ADMIN, "{\"mode\":\"everyone\",\"editorsGroup\":\"plainframe-editors\"}")))
                .containsEntry("code", "MODE_NOT_ALLOWED");
        assertThat(json(api.updateSettings(ADMIN, "{\"mode\":\"all\",\"editorsGroup\":\"g\"}")))
                .containsEntry("code", "INVALID_FIELD").containsEntry("field", "mode");
        host.licensedFor(0);
        host.directory.createGroup("designers");
        assertThat(json(api.updateSettings(ADMIN, "{\"mode\":\"everyone\",\"editorsGroup\":\"designers\"}")))
                .containsEntry("mode", "everyone").containsEntry("effectiveMode", "everyone")
                .containsEntry("editorsGroup", "designers");
    }

    @Test
    void anUnknownGroupIsRefusedWithItsCodeAndMessage() {
        ApiResponse refused = api.updateSettings(ADMIN, "{\"mode\":\"selected\",\"editorsGroup\":\"desginers\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(json(refused)).containsEntry("code", "UNKNOWN_GROUP").containsEntry("group", "desginers")
                .containsEntry("message", "The user directory has no group desginers. Choose an existing group;"
                        + " nothing was changed.");
        assertThat(json(api.updateSettings(ADMIN, "{\"mode\":\"selected\",\"editorsGroup\":\"x\","
                + "\"confirmRemovals\":\"yes\"}"))).containsEntry("field", "confirmRemovals");
    }

    @Test
    void aGroupThatRemovesEditorsIsConfirmedFirst() {
        host.licensedFor(5);
        host.directory.join("plainframe-editors", "alice");
        host.directory.join("plainframe-editors", "bob");
        host.directory.createGroup("designers");
        host.service.syncDirectory();
        ApiResponse asked = api.updateSettings(ADMIN, "{\"mode\":\"selected\",\"editorsGroup\":\"designers\"}");
        assertThat(asked.status()).isEqualTo(409);
        assertThat(json(asked)).containsEntry("code", "REMOVES_EDITORS").containsEntry("count", 2L)
                .containsEntry("usernames", List.of("alice", "bob")).containsEntry("message", "The group designers"
                        + " leaves out 2 editors who hold seats through the current editors group: alice, bob."
                        + " Confirm to remove them; nothing was changed yet.");
        assertThat(json(api.updateSettings(ADMIN, "{\"mode\":\"selected\",\"editorsGroup\":\"designers\","
                + "\"confirmRemovals\":true}"))).containsEntry("editorsGroup", "designers");
    }

    @Test
    void groupsAreSearchedByPrefixForAdminsOnly() {
        host.directory.createGroup("designers");
        host.directory.createGroup("Design-leads");
        host.directory.createGroup("readers");
        assertThat(list(json(api.searchGroups(ADMIN, "des")), "groups")).containsExactly("Design-leads", "designers");
        assertThat(list(json(api.searchGroups(ADMIN, "")), "groups")).hasSize(3);
        assertThat(api.searchGroups(Caller.user("key-alice", "alice"), "des").status()).isEqualTo(403);
        host.directory.down(true);
        assertThat(json(api.searchGroups(ADMIN, "des"))).containsEntry("code", "HOST_UNAVAILABLE");
    }

    @Test
    void theAuditListsChangesNewestFirst() {
        host.licensedFor(5).add("alice");
        List<Object> events = list(json(api.audit(ADMIN, "10")), "events");
        assertThat(events).first().satisfies(event -> assertThat(asMap(event))
                .containsEntry("action", "EDITOR_ADDED").containsEntry("actor", "admin")
                .containsEntry("message", "admin added alice as an editor."));
        assertThat(list(json(api.audit(ADMIN, "1")), "events")).hasSize(1);
        assertThat(api.audit(ADMIN, "0").status()).isEqualTo(400);
    }

    @Test
    void aSeatRequestIsListedAndApproved() {
        host.licensedFor(5);
        Map<String, Object> asked = json(api.requestSeat(USER, "{\"note\":\"I draw the checkout\"}"));
        String id = (String) asked.get("id");
        assertThat(map(json(api.status(USER, null)), "me")).containsEntry("seatRequested", true);
        assertThat(json(api.requestSeat(USER, "{}"))).containsEntry("code", "REQUEST_PENDING");
        assertThat(list(json(api.seatRequests(ADMIN)), "requests")).singleElement().satisfies(request ->
                assertThat(asMap(request)).containsEntry("username", "viewer")
                        .containsEntry("note", "I draw the checkout"));
        assertThat(api.approveRequest(ADMIN, id).status()).isEqualTo(200);
        assertThat(api.approveRequest(ADMIN, id).status()).isEqualTo(404);
        assertThat(map(json(api.status(USER, null)), "me")).containsEntry("canEdit", true);
    }

    @Test
    void aSeatRequestCanBeDismissed() {
        assertDone(host.service.requestSeat(TestHost.user("viewer"), ""));
        String id = host.snapshots.current().state().requests().get(0).id();
        assertThat(api.dismissRequest(ADMIN, id).status()).isEqualTo(200);
        assertThat(list(json(api.seatRequests(ADMIN)), "requests")).isEmpty();
    }

    @Test
    void getsChangeNothing() {
        host.licensedFor(5).add("alice");
        int writes = host.store.writes();
        int events = host.audit.events().size();
        api.status(USER, "page-1");
        api.license(ADMIN);
        api.editors(ADMIN, null, null, null, null);
        api.exportEditors(ADMIN);
        api.settings(ADMIN);
        api.audit(ADMIN, null);
        api.seatRequests(ADMIN);
        api.searchUsers(ADMIN, "a");
        assertThat(host.store.writes()).isEqualTo(writes);
        assertThat(host.audit.events()).hasSize(events);
    }

    /** Every endpoint with a harmless argument; the first two are for any signed-in user, the rest admins'. */
    private List<Function<Caller, ApiResponse>> endpoints() {
        return List.of(
                caller -> api.status(caller, null),
                caller -> api.requestSeat(caller, "{}"),
                api::license,
                caller -> api.previewLicense(caller, body("key", "x")),
                caller -> api.applyLicense(caller, body("key", "x")),
                api::removeLicense,
                caller -> api.editors(caller, null, null, null, null),
                caller -> api.addEditors(caller, "{\"usernames\":[\"alice\"]}"),
                caller -> api.removeEditor(caller, "alice"),
                api::exportEditors,
                caller -> api.importEditors(caller, "username\nalice\n"),
                caller -> api.searchUsers(caller, "a"),
                api::settings,
                caller -> api.updateSettings(caller, "{\"mode\":\"selected\",\"editorsGroup\":\"g\"}"),
                caller -> api.audit(caller, null),
                api::seatRequests,
                caller -> api.approveRequest(caller, "id"),
                caller -> api.dismissRequest(caller, "id"));
    }

    /** A preview of a key whose signature failed: its code, and nothing the key claims. */
    private static void assertShowsNoClaim(Map<String, Object> preview) {
        assertThat(preview).containsEntry("code", "BAD_SIGNATURE").containsEntry("verified", false)
                .doesNotContainKeys("editors", "licensee", "licenseId", "maintenanceEnd", "product", "type")
                .containsEntry("coversThisBuild", null);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> objects(Object json) {
        return (List<Object>) json;
    }

    private static String body(String field, String value) {
        return Json.write(Map.of(field, value));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(ApiResponse response) {
        assertThat(response.contentType()).isEqualTo("application/json");
        return (Map<String, Object>) Json.parse(response.body());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object json) {
        return (Map<String, Object>) json;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> json, String field) {
        return (Map<String, Object>) json.get(field);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> json, String field) {
        return (List<Object>) json.get(field);
    }
}
