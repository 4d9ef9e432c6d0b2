package io.plainframe.licensing.tool;

import io.plainframe.licensing.LicensingException;
import io.plainframe.licensing.check.LicenseCheck;
import io.plainframe.licensing.check.LicenseCode;
import io.plainframe.licensing.check.LicenseValidator;
import io.plainframe.licensing.check.LicenseWarning;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.i18n.Outcome;
import io.plainframe.licensing.issue.IssuedKey;
import io.plainframe.licensing.issue.LicenseIssuer;
import io.plainframe.licensing.issue.MarketplaceCheck;
import io.plainframe.licensing.json.Json;
import io.plainframe.licensing.key.KeyText;
import io.plainframe.licensing.key.License;
import io.plainframe.licensing.key.LicenseType;
import io.plainframe.licensing.key.Pem;
import io.plainframe.licensing.key.Product;
import io.plainframe.licensing.key.SeatLimit;
import io.plainframe.licensing.key.SigningKey;
import io.plainframe.licensing.key.TrustedKey;
import io.plainframe.licensing.key.TrustedKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * {@code license-tool}: the vendor's command line over the licensing core. Every command runs in-process
 * through {@link #run(String...)}, which returns the exit code, so tests drive exactly what users run.
 */
public final class LicenseTool {

    static final int EXIT_OK = 0;
    static final int EXIT_REFUSED = 1;
    static final int EXIT_USAGE = 2;

    static final String PRIVATE_KEY_FILE = "signing-key.pem";
    static final String PUBLIC_KEY_FILE = "signing-key.pub.pem";

    private static final List<String> COMMANDS =
            List.of("keygen", "issue", "upgrade", "renew", "inspect", "covers", "marketplace-check");
    private static final int MAX_KEY_FILE_BYTES = 64 * 1024;

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final Clock clock;
    private final RandomGenerator random;
    private final TrustedKeys trustedKeys;
    private final Supplier<Optional<SigningKey>> demoKey;
    private final ToolText toolText = new ToolText();

    /**
     * @param trustedKeys the keys {@code inspect}, {@code covers}, {@code upgrade} and {@code renew} believe
     * @param demoKey     the demo signing key, when this build has one
     */
    public LicenseTool(InputStream stdin, PrintStream stdout, PrintStream stderr, Clock clock, RandomGenerator random,
                       TrustedKeys trustedKeys, Supplier<Optional<SigningKey>> demoKey) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.clock = clock;
        this.random = random;
        this.trustedKeys = trustedKeys;
        this.demoKey = demoKey;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        LicenseTool tool = new LicenseTool(System.in, out, err, Clock.systemUTC(), new SecureRandom(),
                TrustedKeys.builtIn(), DemoKey::load);
        System.exit(tool.run(args));
    }

    /** Runs one command line and returns its exit code; never throws. */
    public int run(String... args) {
        List<String> arguments = Arrays.asList(args);
        String command = arguments.isEmpty() ? "" : arguments.get(0);
        try {
            if (command.isEmpty()) {
                stderr.println(toolText.text("license-tool.help"));
                return EXIT_USAGE;
            }
            if (command.equals("--help") || command.equals("-h") || command.equals("help")) {
                String topic = arguments.size() > 1 ? arguments.get(1) : "";
                if (!topic.isEmpty() && !COMMANDS.contains(topic)) {
                    throw ToolFailure.usage(null, "license-tool.usage.unknown-command", topic);
                }
                stdout.println(toolText.text(topic.isEmpty() ? "license-tool.help" : "license-tool.help." + topic));
                return EXIT_OK;
            }
            if (!COMMANDS.contains(command)) {
                throw ToolFailure.usage(null, "license-tool.usage.unknown-command", command);
            }
            List<String> rest = arguments.subList(1, arguments.size());
            if (rest.contains("--help") || rest.contains("-h")) {
                stdout.println(toolText.text("license-tool.help." + command));
                return EXIT_OK;
            }
            return switch (command) {
                case "keygen" -> keygen(rest);
                case "issue" -> issue(rest);
                case "upgrade" -> upgrade(rest);
                case "renew" -> renew(rest);
                case "inspect" -> inspect(rest);
                case "covers" -> covers(rest);
                default -> marketplaceCheck(rest);
            };
        } catch (ToolFailure failure) {
            stderr.println(toolText.text("license-tool.error", toolText.render(failure.reason())));
            if (failure.command() != null) {
                stderr.println(toolText.text("license-tool.see-help", failure.command()));
            } else if (failure.exitCode() == EXIT_USAGE) {
                stderr.println(toolText.text("license-tool.see-help.general"));
            }
            return failure.exitCode();
        } catch (LicensingException refused) {
            stderr.println(toolText.text("license-tool.error", toolText.render(refused.userMessage())));
            return EXIT_REFUSED;
        } catch (RuntimeException unexpected) {
            stderr.println(toolText.text("license-tool.internal-error", unexpected.getClass().getSimpleName(),
                    String.valueOf(unexpected.getMessage())));
            return EXIT_REFUSED;
        }
    }

    private int keygen(List<String> args) {
        CommandLine line = CommandLine.parse("keygen", args, Set.of("out"), Set.of(), 0);
        Path dir = Path.of(line.required("out"));
        Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
        Path publicFile = dir.resolve(PUBLIC_KEY_FILE);
        if (Files.exists(privateFile) || Files.exists(publicFile)) {
            throw ToolFailure.refused("license-tool.keygen.exists", dir);
        }
        SigningKey key = SigningKey.generate(new SecureRandom());
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            writeNew(privateFile, Pem.privateKey(key.privateKey()), "rw-------", written);
            writeNew(publicFile, Pem.publicKey(key.publicKey()), "rw-r--r--", written);
        } catch (FileAlreadyExistsException e) {
            removeQuietly(written);
            throw ToolFailure.refused("license-tool.keygen.exists", dir);
        } catch (IOException e) {
            removeQuietly(written);
            throw ToolFailure.refused("license-tool.keygen.cannot-write", dir, String.valueOf(e.getMessage()));
        }
        stdout.println(toolText.text("license-tool.keygen.done", key.keyId(), privateFile, publicFile,
                "vendor-" + LocalDate.now(clock) + " "
                        + Base64.getEncoder().encodeToString(key.publicKey().getEncoded())));
        return EXIT_OK;
    }

    /** Creates the file, failing if it exists (never overwrites a key), with its permissions from the start. */
    private static void writeNew(Path file, String content, String permissions, List<Path> written)
            throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions)));
        } else {
            Files.createFile(file);
        }
        written.add(file);
        Files.writeString(file, content, StandardCharsets.US_ASCII);
    }

    /** Leaves no half key pair behind, so keygen can simply be run again. */
    private static void removeQuietly(List<Path> files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // Nothing more to do: the error that brought us here is reported.
            }
        }
    }

    private int issue(List<String> args) {
        CommandLine line = CommandLine.parse("issue", args,
                Set.of("key", "product", "licensee", "editors", "purchased", "type", "email", "issued"),
                Set.of("demo", "evaluation"), 0);
        SigningKey key = signingKey(line);
        Product product = product(line, line.required("product"));
        String licensee = line.required("licensee");
        if (!License.acceptsLicensee(licensee)) {
            throw ToolFailure.usage(line.command(), "license-tool.usage.licensee", License.MAX_LICENSEE_LENGTH);
        }
        String email = line.value("email").orElse(null);
        if (email != null && !License.acceptsEmail(email)) {
            throw ToolFailure.usage(line.command(), "license-tool.usage.email", email);
        }
        boolean evaluation = line.has("evaluation");
        line.refuseUnless(evaluation, "issued", "--evaluation");
        line.refuseUnless(!evaluation, "purchased", "a purchased license (without --evaluation)");
        line.refuseUnless(!evaluation, "type", "a purchased license (without --evaluation)");
        IssuedKey issued;
        if (evaluation) {
            LocalDate day = line.value("issued").map(text -> date(line, "issued", text))
                    .orElse(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
            SeatLimit editors = line.value("editors").map(text -> editors(line, "editors", text))
                    .orElse(SeatLimit.unlimited());
            issued = issuer(key).issueEvaluation(product, licensee, email, day, editors);
        } else {
            SeatLimit editors = editors(line, "editors", line.required("editors"));
            LocalDate purchased = date(line, "purchased", line.required("purchased"));
            LicenseType type = line.value("type").map(text -> type(line, text)).orElse(LicenseType.COMMERCIAL);
            issued = issuer(key).issueNew(product, licensee, email, type, editors, purchased);
        }
        return printKey(issued);
    }

    private int upgrade(List<String> args) {
        CommandLine line = CommandLine.parse("upgrade", args, Set.of("key", "from", "editors", "purchased"),
                Set.of("demo"), 0);
        SigningKey key = signingKey(line);
        String from = keyText(line.required("from"));
        SeatLimit editors = editors(line, "editors", line.required("editors"));
        LocalDate purchased = date(line, "purchased", line.required("purchased"));
        return printKey(issuer(key).upgrade(from, editors, purchased));
    }

    private int renew(List<String> args) {
        CommandLine line = CommandLine.parse("renew", args, Set.of("key", "from", "purchased"), Set.of("demo"), 0);
        SigningKey key = signingKey(line);
        String from = keyText(line.required("from"));
        LocalDate purchased = date(line, "purchased", line.required("purchased"));
        return printKey(issuer(key).renew(from, purchased));
    }

    private int inspect(List<String> args) {
        CommandLine line = CommandLine.parse("inspect", args, Set.of("public-key", "product"), Set.of("demo"), 1);
        LicenseValidator validator = validator(line);
        if (line.has("product")) {
            validator = validator.forProduct(product(line, line.required("product")));
        }
        LicenseCheck check = validator.check(keyText(line.operand("KEY")));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("valid", check.isValid());
        json.put("code", check.code().name());
        json.put("message", toolText.render(check.message()));
        check.decoded().ifPresent(license -> describe(json, license));
        List<String> warnings = new ArrayList<>();
        for (Outcome<LicenseWarning> warning : check.warnings()) {
            warnings.add(toolText.render(warning.message()));
        }
        json.put("warnings", warnings);
        stdout.println(Json.pretty(json));
        if (!check.isValid()) {
            stderr.println(toolText.text("license-tool.error", toolText.render(check.message())));
            hintAtTrust(check);
            return EXIT_REFUSED;
        }
        return EXIT_OK;
    }

    private static void describe(Map<String, Object> json, License license) {
        json.put("licenseId", license.licenseId());
        json.put("product", license.product().id());
        json.put("licensee", license.licensee());
        json.put("email", license.email());
        json.put("type", license.type().id());
        json.put("editors", license.editors().isUnlimited() ? "unlimited" : license.editors().count());
        json.put("purchaseDate", text(license.purchaseDate()));
        json.put("maintenanceStart", text(license.maintenanceStart()));
        json.put("maintenanceEnd", text(license.maintenanceEnd()));
        json.put("evaluation", license.isEvaluation());
        json.put("supersedes", license.supersedes());
        json.put("keyId", license.keyId());
        json.put("demoKey", TrustedKeys.DEMO_KEY_ID.equals(license.keyId()));
        json.put("issuedAt", text(license.issuedAt()));
    }

    /** Dates and instants in their ISO-8601 text, as the key spells them. */
    private static String text(Object date) {
        return date == null ? null : date.toString();
    }

    private int covers(List<String> args) {
        CommandLine line = CommandLine.parse("covers", args, Set.of("build-date", "public-key"), Set.of("demo"), 1);
        LocalDate buildDate = date(line, "build-date", line.required("build-date"));
        LicenseCheck check = validator(line).check(keyText(line.operand("KEY")));
        if (check.code() == LicenseCode.MALFORMED || check.code() == LicenseCode.BAD_SIGNATURE) {
            hintAtTrust(check);
            throw ToolFailure.refused(check.message());
        }
        License license = check.decoded().orElseThrow();
        boolean covered = license.covers(buildDate);
        Message message = covered
                ? Message.of("license-tool.covers.yes", buildDate, license.maintenanceEnd())
                : Message.of(LicenseCode.NOT_COVERED.i18nKey(), license.maintenanceEnd(), buildDate);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("covered", covered);
        json.put("buildDate", text(buildDate));
        json.put("maintenanceEnd", text(license.maintenanceEnd()));
        json.put("message", toolText.render(message));
        stdout.println(Json.pretty(json));
        if (!covered) {
            stderr.println(toolText.text("license-tool.error", toolText.render(message)));
            return EXIT_REFUSED;
        }
        return EXIT_OK;
    }

    private int marketplaceCheck(List<String> args) {
        CommandLine line = CommandLine.parse("marketplace-check", args, Set.of("editors", "host-users"), Set.of(), 0);
        SeatLimit editors = editors(line, "editors", line.required("editors"));
        SeatLimit hostUsers = editors(line, "host-users", line.required("host-users"));
        MarketplaceCheck check = MarketplaceCheck.check(editors, hostUsers);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("eligible", check.eligible());
        json.put("requiredTier", check.requiredTier());
        json.put("message", toolText.render(check.message()));
        stdout.println(Json.pretty(json));
        if (!check.eligible()) {
            stderr.println(toolText.text("license-tool.error", toolText.render(check.message())));
            return EXIT_REFUSED;
        }
        return EXIT_OK;
    }

    private int printKey(IssuedKey issued) {
        stdout.println(issued.key());
        for (Message note : issued.notes()) {
            stderr.println(toolText.text("license-tool.note", toolText.render(note)));
        }
        return EXIT_OK;
    }

    private LicenseIssuer issuer(SigningKey key) {
        return new LicenseIssuer(key, trustedKeys.withoutDemo(), clock, random);
    }

    /**
     * The keys this command believes: the vendor's, plus {@code --public-key}; the demo key only with
     * {@code --demo}, because anyone can make demo keys and a sales person must never take one for real.
     */
    private LicenseValidator validator(CommandLine line) {
        TrustedKeys keys = line.has("demo") ? trustedKeys : trustedKeys.withoutDemo();
        if (line.has("public-key")) {
            String file = line.required("public-key");
            keys = keys.with(Pem.readPublicKey(readFile(line, "public-key", file)).map(k -> TrustedKey.of(file, k))
                    .orElseThrow(() -> ToolFailure.usage(line.command(), "license-tool.usage.not-a-public-key",
                            file)));
        }
        return new LicenseValidator(keys, clock);
    }

    private SigningKey signingKey(CommandLine line) {
        boolean demo = line.has("demo");
        if (demo == line.has("key")) {
            throw ToolFailure.usage(line.command(), "license-tool.usage.key-or-demo");
        }
        if (demo) {
            return demoKey.get().orElseThrow(() -> ToolFailure.refused("license-tool.no-demo-key"));
        }
        String file = line.required("key");
        return Pem.readPrivateKey(readFile(line, "key", file)).map(SigningKey::fromPrivateKey)
                .orElseThrow(() -> ToolFailure.usage(line.command(), "license-tool.usage.not-a-private-key", file));
    }

    /** A key file, read no further than a key file can be long (also from devices and pipes). */
    private String readFile(CommandLine line, String option, String file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            bytes = in.readNBytes(MAX_KEY_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw ToolFailure.usage(line.command(), "license-tool.usage.no-such-file", "--" + option, file);
        } catch (IOException | InvalidPathException e) {
            throw ToolFailure.usage(line.command(), "license-tool.usage.cannot-read", "--" + option, file);
        }
        if (bytes.length > MAX_KEY_FILE_BYTES) {
            throw ToolFailure.usage(line.command(), "license-tool.usage.file-too-large", "--" + option, file);
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** After a signature problem, says how to trust the key it names, when that is what is missing. */
    private void hintAtTrust(LicenseCheck check) {
        String key = check.message().key();
        if (key.equals("plainframe.license.bad-signature.unknown-key")) {
            stderr.println(toolText.text("license-tool.hint.public-key"));
        } else if (key.equals("plainframe.license.bad-signature.demo-key")) {
            stderr.println(toolText.text("license-tool.hint.demo"));
        }
    }

    /** The key text itself, or standard input for {@code -}, read no further than a key can be long. */
    private String keyText(String operand) {
        if (!operand.equals("-")) {
            return operand;
        }
        byte[] bytes;
        try {
            bytes = stdin.readNBytes(KeyText.MAX_INPUT_LENGTH * 4 + 1);
        } catch (IOException e) {
            throw ToolFailure.refused("license-tool.cannot-read-stdin", e.getMessage());
        }
        if (bytes.length > KeyText.MAX_INPUT_LENGTH * 4) {
            throw ToolFailure.refused(Message.of("plainframe.license.malformed.too-large", bytes.length,
                    KeyText.MAX_INPUT_LENGTH));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Product product(CommandLine line, String text) {
        return Product.fromId(text.toLowerCase(Locale.ROOT)).orElseThrow(() -> ToolFailure.usage(line.command(),
                "license-tool.usage.product", text));
    }

    private static LicenseType type(CommandLine line, String text) {
        return LicenseType.fromId(text).filter(type -> type != LicenseType.EVALUATION)
                .orElseThrow(() -> ToolFailure.usage(line.command(), "license-tool.usage.type", text));
    }

    private static SeatLimit editors(CommandLine line, String option, String text) {
        return SeatLimit.parse(text).orElseThrow(() -> ToolFailure.usage(line.command(),
                "license-tool.usage.editors", "--" + option, text, SeatLimit.MAX_COUNT));
    }

    private static LocalDate date(CommandLine line, String option, String text) {
        return License.parseDate(text).orElseThrow(() -> ToolFailure.usage(line.command(), "license-tool.usage.date",
                "--" + option, text, License.FIRST_YEAR, License.LAST_YEAR));
    }
}
