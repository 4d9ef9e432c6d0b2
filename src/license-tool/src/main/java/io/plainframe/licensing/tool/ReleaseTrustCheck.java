package io.plainframe.licensing.tool;

import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.key.TrustedKey;
import io.plainframe.licensing.key.TrustedKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Run by {@code -Prelease} on the compiled classes: a release must trust at least one vendor key and must
 * neither trust nor ship the public demo key. Exits 1 with the reason otherwise, which fails the build.
 */
public final class ReleaseTrustCheck {

    private ReleaseTrustCheck() {
    }

    public static void main(String[] args) {
        ToolText text = new ToolText();
        TrustedKeys keys = TrustedKeys.builtIn();
        List<Message> problems = problems(keys, DemoKey.load().isPresent());
        if (problems.isEmpty()) {
            System.out.println(text.text("license-tool.release.ok",
                    keys.all().stream().map(k -> k.name() + " (" + k.keyId() + ")").collect(Collectors.joining(", "))));
            return;
        }
        problems.forEach(problem -> System.err.println(text.render(problem)));
        System.exit(1);
    }

    /** What stops these keys from going into a release; empty when nothing does. */
    static List<Message> problems(TrustedKeys keys, boolean demoSigningKeyShipped) {
        List<Message> problems = new ArrayList<>();
        keys.all().stream().filter(TrustedKey::demo).forEach(demo ->
                problems.add(Message.of("license-tool.release.demo-trusted", demo.keyId())));
        if (demoSigningKeyShipped) {
            problems.add(Message.of("license-tool.release.demo-key-shipped"));
        }
        if (keys.all().stream().noneMatch(key -> !key.demo())) {
            problems.add(Message.of("license-tool.release.no-vendor-key"));
        }
        return problems;
    }
}
