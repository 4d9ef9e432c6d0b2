package io.plainframe.licensing.atlassian;

import io.plainframe.licensing.Fixtures;
import io.plainframe.licensing.check.BuildDate;
import io.plainframe.licensing.host.FakeContentPermissions;
import io.plainframe.licensing.host.FakeMarketplace;
import io.plainframe.licensing.host.FakeUserDirectory;
import io.plainframe.licensing.host.InMemoryKeyValueStore;
import io.plainframe.licensing.key.Product;
import io.plainframe.licensing.key.TrustedKeys;
import java.time.LocalDate;

/** A real runtime over in-memory ports, for the adapter tests. */
public final class RuntimeForTests {

    private RuntimeForTests() {
    }

    public static PlainframeRuntime runtime(FakeUserDirectory directory) {
        InMemoryKeyValueStore settings = new InMemoryKeyValueStore();
        return new PlainframeRuntime(Product.CONFLUENCE, new PluginBuild("1.0.0",
                BuildDate.of(LocalDate.of(2026, 3, 1))), "SERVER", settings, settings, directory,
                new FakeContentPermissions(), new FakeMarketplace(), Fixtures::english, TrustedKeys.builtIn(),
                Fixtures.CLOCK);
    }
}
