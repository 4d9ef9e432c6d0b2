package io.plainframe.licensing.tool;

import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.Fixtures;
import io.plainframe.licensing.key.SeatLimit;
import io.plainframe.licensing.key.SigningKey;
import io.plainframe.licensing.key.TrustedKeys;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The license-tool as users run it, in-process: every command, every exit code, bad input of every kind. */
class LicenseToolTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private TrustedKeys trusted = TrustedKeys.builtIn();
    private Optional<SigningKey> demo = DemoKey.load();

    // help ---------------------------------------------------------------------------------------------------

    @Test
    void helpListsEveryCommandWithAWorkedExample() {
        Run help = run("--help");
        assertThat(help.exit).isZero();
        assertThat(help.out).contains("keygen", "issue", "upgrade", "renew", "inspect", "covers", "marketplace-check")
                .contains("license-tool issue --demo", "license-tool upgrade --demo", "license-tool renew --demo",
                        "license-tool inspect");
        assertThat(run("help").out).isEqualTo(help.out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"keygen", "issue", "upgrade", "renew", "inspect", "covers", "marketplace-check"})
    void everyCommandHasHelp(String command) {
        Run help = run(command, "--help");
        assertThat(help.exit).isZero();
        assertThat(help.out).startsWith("Usage: license-tool " + command);
        assertThat(run("help", command).out).isEqualTo(help.out);
        assertThat(run(command, "--product", "x", "--help").exit).as("--help wins over bad options").isZero();
    }

    @Test
    void noCommandPrintsTheHelpAsAUsageError() {
        Run nothing = run();
        assertThat(nothing.exit).isEqualTo(2);
        assertThat(nothing.err).contains("Commands:");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Run bogus = run("frobnicate");
        assertThat(bogus.exit).isEqualTo(2);
        assertThat(bogus.err).isEqualTo("license-tool: 'frobnicate' is not a license-tool command.\n"
                + "Run 'license-tool --help' to see the commands.\n");
    }

    // issue, upgrade, renew, inspect: the sales person's day ------------------------------------------------

    @Test
    void aSalesPersonIssuesUpgradesRenewsAndInspectsAKey() {
        Run issued = run("issue", "--demo", "--product", "confluence", "--licensee", "Acme Ltd", "--editors", "10",
                "--purchased", "2026-01-15", "--email", "it@acme.example");
        assertThat(issued.exit).isZero();
        assertThat(issued.out).matches("PLAINFRAME-[A-Za-z0-9_-]+\n");
        assertThat(issued.err).isEmpty();

        Run upgraded = runWithInput(issued.out, "upgrade", "--demo", "--from", "-", "--editors", "25",
                "--purchased", "2026-06-01");
        assertThat(upgraded.exit).isZero();

        Run renewed = runWithInput(upgraded.out, "renew", "--demo", "--from", "-", "--purchased", "2027-05-20");
        assertThat(renewed.exit).isZero();

        Run inspected = runWithInput(renewed.out, "inspect", "--demo", "--product", "confluence", "-");
        assertThat(inspected.exit).isZero();
        assertThat(inspected.out).contains("\"valid\": true", "\"code\": \"VALID\"", "\"licensee\": \"Acme Ltd\"",
                "\"editors\": 25", "\"maintenanceStart\": \"2027-06-01\"", "\"maintenanceEnd\": \"2028-06-01\"",
                "\"purchaseDate\": \"2027-05-20\"", "\"evaluation\": false", "\"email\": \"it@acme.example\"",
                "\"type\": \"commercial\"", "\"product\": \"confluence\"",
                "\"keyId\": \"" + TrustedKeys.DEMO_KEY_ID + "\"", "\"demoKey\": true");
        assertThat(inspected.out).containsPattern("\"supersedes\": \"PF-[0-9A-Z-]+\"");
    }

    @Test
    void inspectPrintsEveryFieldOfTheSpecInOneJsonObject() {
        Run inspected = run("inspect", "--demo", Fixtures.license().key());
        assertThat(inspected.out).startsWith("{").endsWith("}\n");
        for (String field : new String[] {"valid", "code", "message", "licenseId", "product", "licensee", "email",
                "type", "editors", "purchaseDate", "maintenanceStart", "maintenanceEnd", "evaluation", "supersedes",
                "keyId"}) {
            assertThat(inspected.out).contains("\"" + field + "\": ");
        }
    }

    @Test
    void anEvaluationKeyLastsThirtyDaysAndHasUnlimitedEditorsUnlessStated() {
        Run evaluation = run("issue", "--demo", "--product", "jira", "--licensee", "Trial Co", "--evaluation");
        assertThat(evaluation.exit).isZero();
        Run inspected = run("inspect", "--demo", "--product", "jira", evaluation.out.strip());
        assertThat(inspected.out).contains("\"evaluation\": true", "\"editors\": \"unlimited\"",
                "\"maintenanceStart\": \"2026-11-23\"", "\"maintenanceEnd\": \"2026-12-23\"", "\"purchaseDate\": null",
                "\"type\": \"evaluation\"");

        Run backdated = run("issue", "--demo", "--product", "jira", "--licensee", "Trial Co", "--evaluation",
                "--issued", "2026-10-01", "--editors", "5");
        Run expired = run("inspect", "--demo", backdated.out.strip());
        assertThat(expired.exit).isEqualTo(1);
        assertThat(expired.out).contains("\"code\": \"EVALUATION_EXPIRED\"", "\"editors\": 5");
        assertThat(expired.err).contains("The evaluation ended on 2026-10-31.");
    }

    @Test
    void inspectWithAnotherProductSaysWrongProduct() {
        Run inspected = run("inspect", "--demo", "--product", "jira", Fixtures.license().key());
        assertThat(inspected.exit).isEqualTo(1);
        assertThat(inspected.out).contains("\"valid\": false", "\"code\": \"WRONG_PRODUCT\"");
    }

    @Test
    void inspectOfATamperedKeyStillShowsWhatItClaims() {
        String tampered = Fixtures.forged(Fixtures.license().editors(SeatLimit.of(500)).key(),
                Fixtures.license().key());
        Run inspected = run("inspect", "--demo", tampered);
        assertThat(inspected.exit).isEqualTo(1);
        assertThat(inspected.out).contains("\"code\": \"BAD_SIGNATURE\"", "\"editors\": 500");
        assertThat(inspected.err).contains("signature does not match");
    }

    @Test
    void inspectOfGarbageSaysMalformedWithoutFields() {
        Run inspected = run("inspect", "hello");
        assertThat(inspected.exit).isEqualTo(1);
        assertThat(inspected.out).contains("\"code\": \"MALFORMED\"").doesNotContain("licenseId");
    }

    @Test
    void inspectReadsAKeyPastedWithLineBreaksFromStandardInput() {
        String key = Fixtures.license().key();
        String wrapped = "-----BEGIN PLAINFRAME LICENSE-----\n" + key.substring(0, 100) + "\n" + key.substring(100)
                + "\n-----END PLAINFRAME LICENSE-----\n";
        assertThat(runWithInput(wrapped, "inspect", "--demo", "-").exit).isZero();
        assertThat(run("inspect", "--demo", wrapped).exit).as("an armoured key as an argument").isZero();
        assertThat(run("inspect", "--demo", "--", wrapped).exit).as("after --").isZero();
    }

    @Test
    void standardInputIsReadNoFurtherThanAKeyCanBeLong() {
        String endless = "A".repeat(200_000);
        Run inspected = runWithInput(endless, "inspect", "-");
        assertThat(inspected.exit).isEqualTo(1);
        assertThat(inspected.err).contains("more than any license key (16,384)");
    }

    // keygen and --key ---------------------------------------------------------------------------------------

    @Test
    void keygenWritesAKeyPairThatIssuesKeysTrustedThroughItsPublicKey() throws IOException {
        Path keys = dir.resolve("vendor");
        Run keygen = run("keygen", "--out", keys.toString());
        assertThat(keygen.exit).isZero();
        Path privateKey = keys.resolve("signing-key.pem");
        Path publicKey = keys.resolve("signing-key.pub.pem");
        assertThat(Files.readString(privateKey)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(publicKey)).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey))).isEqualTo("rw-------");
        assertThat(keygen.out).contains("Made signing key", "vendor-keys.txt");

        Run issued = run("issue", "--key", privateKey.toString(), "--product", "jira", "--licensee", "Acme",
                "--editors", "10", "--purchased", "2026-01-15");
        assertThat(issued.exit).isZero();
        assertThat(run("inspect", issued.out.strip()).exit).as("not trusted by this build").isEqualTo(1);
        Run trustedInspect = run("inspect", "--public-key", publicKey.toString(), issued.out.strip());
        assertThat(trustedInspect.out).contains("\"demoKey\": false");
        assertThat(trustedInspect.exit).isZero();

        Run renewed = run("renew", "--key", privateKey.toString(), "--from", issued.out.strip(),
                "--purchased", "2027-01-01");
        assertThat(renewed.exit).as("its own keys can be renewed").isZero();
    }

    @Test
    void keygenNeverOverwritesAKey() throws IOException {
        Path keys = dir.resolve("vendor");
        assertThat(run("keygen", "--out", keys.toString()).exit).isZero();
        String before = Files.readString(keys.resolve("signing-key.pem"));
        Run again = run("keygen", "--out", keys.toString());
        assertThat(again.exit).isEqualTo(1);
        assertThat(again.err).contains("already holds a signing key. Nothing was written");
        assertThat(Files.readString(keys.resolve("signing-key.pem"))).isEqualTo(before);
    }

    @Test
    void keygenIntoAPlaceThatCannotBeADirectoryIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Run refused = run("keygen", "--out", file.resolve("sub").toString());
        assertThat(refused.exit).isEqualTo(1);
        assertThat(refused.err).contains("Could not write the key files");
    }

    @Test
    void aKeyFileThatIsNotAPrivateKeyIsAUsageError() throws IOException {
        Path notAKey = Files.writeString(dir.resolve("notes.txt"), "hello");
        Run refused = run("issue", "--key", notAKey.toString(), "--product", "jira", "--licensee", "A",
                "--editors", "1", "--purchased", "2026-01-01");
        assertThat(refused.exit).isEqualTo(2);
        assertThat(refused.err).contains("holds no Ed25519 private key");
        Run missing = run("issue", "--key", dir.resolve("nope.pem").toString(), "--product", "jira",
                "--licensee", "A", "--editors", "1", "--purchased", "2026-01-01");
        assertThat(missing.exit).isEqualTo(2);
        assertThat(missing.err).contains("does not exist");
        Path huge = Files.writeString(dir.resolve("huge.pem"), "x".repeat(70_000));
        assertThat(run("inspect", "--public-key", huge.toString(), "x").err).contains("too large");
        assertThat(run("inspect", "--public-key", notAKey.toString(), "x").err).contains("no Ed25519 public key");
    }

    @Test
    void aReleaseBuildHasNoDemoKeyToSignWith() {
        demo = Optional.empty();
        Run refused = run("issue", "--demo", "--product", "jira", "--licensee", "A", "--editors", "1",
                "--purchased", "2026-01-01");
        assertThat(refused.exit).isEqualTo(1);
        assertThat(refused.err).contains("release build");
    }

    // refusals -----------------------------------------------------------------------------------------------

    @Test
    void aDowngradeIsRefusedWithTheRuleAndNothingIsPrinted() {
        String key = Fixtures.license().key();
        Run refused = run("upgrade", "--demo", "--from", key, "--editors", "5", "--purchased", "2026-06-01");
        assertThat(refused.exit).isEqualTo(1);
        assertThat(refused.out).isEmpty();
        assertThat(refused.err).isEqualTo("license-tool: An upgrade must add editors: the license has 10, the "
                + "upgrade asks for 5. For fewer editors, issue a new license.\n");
    }

    @Test
    void renewingAForeignKeyIsRefused() {
        String foreign = Fixtures.license().signedBy(Fixtures.vendorKey(3)).key();
        Run refused = run("renew", "--demo", "--from", foreign, "--purchased", "2026-06-01");
        assertThat(refused.exit).isEqualTo(1);
        assertThat(refused.err).contains("signing key " + Fixtures.vendorKey(3).keyId());
    }

    @Test
    void notesForTheSalesPersonGoToStandardErrorAndTheKeyAloneToStandardOutput() {
        String lapsed = Fixtures.license().maintenance(LocalDate.of(2020, 1, 15), LocalDate.of(2021, 1, 15)).key();
        Run renewed = run("renew", "--demo", "--from", lapsed, "--purchased", "2026-11-23");
        assertThat(renewed.exit).isZero();
        assertThat(renewed.out).matches("PLAINFRAME-[A-Za-z0-9_-]+\n");
        assertThat(renewed.err).startsWith("Note: This renewal's maintenance already ended on 2022-01-15");
    }

    // covers and marketplace-check ---------------------------------------------------------------------------

    @Test
    void coversExitsZeroWhenTheBuildIsCoveredAndOneWhenNot() {
        String key = Fixtures.license().key();
        Run covered = run("covers", "--demo", "--build-date", "2027-01-15", key);
        assertThat(covered.exit).isZero();
        assertThat(covered.out).contains("\"covered\": true", "\"maintenanceEnd\": \"2027-01-15\"");
        Run notCovered = run("covers", "--demo", "--build-date", "2027-01-16", key);
        assertThat(notCovered.exit).isEqualTo(1);
        assertThat(notCovered.out).contains("\"covered\": false", "Renew maintenance, or install a version built "
                + "on or before 2027-01-15");
        assertThat(notCovered.err).startsWith("license-tool: Maintenance ended on 2027-01-15");
        assertThat(run("covers", "--build-date", "2027-01-16", "junk").exit).isEqualTo(1);
        assertThat(runWithInput(key, "covers", "--demo", "--build-date", "2026-05-05", "-").exit).isZero();
        Run demoWithoutFlag = run("covers", "--build-date", "2026-05-05", key);
        assertThat(demoWithoutFlag.exit).isEqualTo(1);
        assertThat(demoWithoutFlag.err).contains("This is a demo key", "add --demo");
    }

    @Test
    void marketplaceCheckNamesTheRequiredTier() {
        Run small = run("marketplace-check", "--editors", "10", "--host-users", "100");
        assertThat(small.exit).isEqualTo(1);
        assertThat(small.out).contains("\"eligible\": false", "\"requiredTier\": \"100\"", "Upgrade it to that tier");
        assertThat(small.err).startsWith("license-tool: Not eligible yet");
        Run matching = run("marketplace-check", "--editors", "100", "--host-users", "100");
        assertThat(matching.exit).isZero();
        assertThat(matching.out).contains("\"eligible\": true", "\"requiredTier\": \"100\"");
        assertThat(run("marketplace-check", "--editors=unlimited", "--host-users=unlimited").out)
                .contains("\"requiredTier\": \"unlimited\"");
    }

    // usage errors -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
        "issue --demo --product confluence --licensee A --editors 10",
        "issue --demo --product confluence --licensee A --purchased 2026-01-01",
        "issue --product confluence --licensee A --editors 10 --purchased 2026-01-01",
        "issue --demo --key k.pem --product confluence --licensee A --editors 10 --purchased 2026-01-01",
        "issue --demo --product bamboo --licensee A --editors 10 --purchased 2026-01-01",
        "issue --demo --product confluence --licensee A --editors ten --purchased 2026-01-01",
        "issue --demo --product confluence --licensee A --editors 0 --purchased 2026-01-01",
        "issue --demo --product confluence --licensee A --editors -5 --purchased 2026-01-01",
        "issue --demo --product confluence --licensee A --editors 10 --purchased 2026-02-30",
        "issue --demo --product confluence --licensee A --editors 10 --purchased 15.01.2026",
        "issue --demo --product confluence --licensee A --editors 10 --purchased 2026-01-01 --type evaluation",
        "issue --demo --product confluence --licensee A --editors 10 --purchased 2026-01-01 --type gratis",
        "issue --demo --product confluence --licensee A --editors 10 --purchased 2026-01-01 --issued 2026-01-01",
        "issue --demo --product confluence --licensee A --evaluation --purchased 2026-01-01",
        "issue --demo --product confluence --licensee A --evaluation --type academic",
        "issue --demo --product confluence --licensee A --evaluation --issued yesterday",
        "issue --demo --product confluence --licensee A --evaluation=yes",
        "issue --demo --product confluence --licensee",
        "issue --demo --product confluence --product jira --licensee A --evaluation",
        "issue --demo --product confluence --licensee A --evaluation --colour red",
        "issue --demo --product confluence --licensee A B --evaluation",
        "upgrade --demo --editors 25 --purchased 2026-06-01",
        "upgrade --demo --from x --purchased 2026-06-01",
        "renew --demo --from x",
        "inspect",
        "inspect --product jira",
        "inspect --product bamboo KEY",
        "inspect KEY1 KEY2",
        "covers KEY",
        "covers --build-date 2026/01/01 KEY",
        "marketplace-check --editors 10",
        "marketplace-check --editors 10 --host-users lots",
        "keygen",
        "keygen --out",
    })
    void everyMalformedCommandLineIsAUsageErrorWithOneSentenceAndAPointerToHelp(String commandLine) {
        Run refused = run(commandLine.split(" "));
        assertThat(refused.exit).as(refused.err).isEqualTo(2);
        assertThat(refused.out).isEmpty();
        String[] lines = refused.err.split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("license-tool: ").endsWith(".");
        assertThat(lines[1])
                .isEqualTo("Run 'license-tool " + commandLine.split(" ")[0] + " --help' to see how to use it.");
    }

    @Test
    void aLicenseeOrEmailThatCannotGoIntoAKeyIsAUsageError() {
        Run refused = run("issue", "--demo", "--product", "jira", "--licensee", "  ", "--editors", "1",
                "--purchased", "2026-01-01");
        assertThat(refused.exit).isEqualTo(2);
        assertThat(refused.err).contains("--licensee takes the customer's name: 1 to 200 printable characters");
        Run email = run("issue", "--demo", "--product", "jira", "--licensee", "A", "--email", "nobody",
                "--editors", "1", "--purchased", "2026-01-01");
        assertThat(email.exit).isEqualTo(2);
        assertThat(email.err).contains("'nobody' is not an email address");
    }

    @Test
    void aDemoKeyIsNotTakenForARealOne() {
        String demoKey = Fixtures.license().editors(SeatLimit.of(5_000)).licensee("Mallory Inc").key();
        Run inspected = run("inspect", demoKey);
        assertThat(inspected.exit).isEqualTo(1);
        assertThat(inspected.out).contains("\"code\": \"BAD_SIGNATURE\"", "\"demoKey\": true");
        assertThat(inspected.err).contains("This is a demo key", "add --demo");
    }

    @Test
    void aRealKeyIsNeverMadeFromADemoKey() throws IOException {
        Path keys = dir.resolve("vendor");
        run("keygen", "--out", keys.toString());
        String demoKey = Fixtures.license().editors(SeatLimit.of(5_000)).key();
        Run renewed = run("renew", "--key", keys.resolve("signing-key.pem").toString(), "--from", demoKey,
                "--purchased", "2026-06-01");
        assertThat(renewed.exit).isEqualTo(1);
        assertThat(renewed.out).isEmpty();
        assertThat(renewed.err).contains("demo");
    }

    @Test
    void datesKeysCannotHoldAreUsageErrorsAndNoUnreadableKeyIsPrinted() {
        for (String date : new String[] {"1999-12-31", "3000-01-01", "0001-01-01"}) {
            Run refused = run("issue", "--demo", "--product", "jira", "--licensee", "A", "--editors", "1",
                    "--purchased", date);
            assertThat(refused.exit).isEqualTo(2);
            assertThat(refused.err).contains("in the years 2000 to 2999");
        }
        Run lastYear = run("issue", "--demo", "--product", "jira", "--licensee", "A", "--editors", "1",
                "--purchased", "2999-06-01");
        assertThat(lastYear.exit).isEqualTo(1);
        assertThat(lastYear.out).isEmpty();
        assertThat(lastYear.err).contains("outside the years 2000 to 2999");
    }

    @Test
    void keyFilesAreReadNoFurtherThanAKeyFileCanBeLongEvenFromADevice() {
        Run refused = run("issue", "--key", "/dev/zero", "--product", "jira", "--licensee", "A", "--editors", "1",
                "--purchased", "2026-01-01");
        assertThat(refused.exit).isEqualTo(2);
        assertThat(refused.err).contains("too large to be a key file");
    }

    @Test
    void helpOnAnUnknownCommandIsAUsageError() {
        Run help = run("help", "frobnicate");
        assertThat(help.exit).isEqualTo(2);
        assertThat(help.err).contains("'frobnicate' is not a license-tool command.");
    }

    @Test
    void aKeyFromAnotherSigningKeyPointsToPublicKey() {
        Run inspected = run("inspect", Fixtures.license().signedBy(Fixtures.vendorKey(4)).key());
        assertThat(inspected.err).contains("add --public-key");
    }

    @Test
    void notesWarnAboutEvaluationsThatAlreadyEndedAndPurchasesInTheFuture() {
        Run evaluation = run("issue", "--demo", "--product", "jira", "--licensee", "A", "--evaluation",
                "--issued", "2020-01-01");
        assertThat(evaluation.exit).isZero();
        assertThat(evaluation.err).contains("Note: This evaluation already ended on 2020-01-31");
        Run future = run("issue", "--demo", "--product", "jira", "--licensee", "A", "--editors", "3",
                "--purchased", "2027-01-01");
        assertThat(future.err).contains("Note: The purchase date 2027-01-01 is in the future");
    }

    @Test
    void anUnexpectedFailureIsReportedInOneSentenceWithoutAStackTrace() {
        trusted = null; // makes building a validator fail inside the tool
        Run broken = run("inspect", "x");
        assertThat(broken.exit).isEqualTo(1);
        assertThat(broken.err).startsWith("license-tool: unexpected NullPointerException").doesNotContain("\tat ");
    }

    private Run run(String... args) {
        return runWithInput("", args);
    }

    private Run runWithInput(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new LicenseTool(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Fixtures.clockAt(TODAY), new Random(7), trusted, () -> demo).run(args);
        Run run = new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertThat(run.err).as("no stack trace reaches the user").doesNotContain("\tat ", "Exception:");
        return run;
    }

    private record Run(int exit, String out, String err) {
    }
}
