package io.plainframe.bundles;

import java.util.List;

/** What only the vendor's license-tool may carry: its classes, its issuing rules and the demo signing key. */
final class VendorSide {

    private VendorSide() {
    }

    /** The entries of a jar that belong to the vendor's side; empty for a plugin. */
    static List<String> in(List<String> entries) {
        return entries.stream().filter(entry -> entry.startsWith("io/plainframe/licensing/tool/")
                || entry.startsWith("io/plainframe/licensing/issue/") || entry.endsWith("demo-signing-key.pem"))
                .toList();
    }
}
