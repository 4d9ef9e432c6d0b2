package io.plainframe.licensing.atlassian;

import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import io.plainframe.licensing.Fixtures;
import io.plainframe.licensing.check.BuildDate;
import io.plainframe.licensing.host.FakeContentPermissions;
import io.plainframe.licensing.host.FakeMarketplace;
import io.plainframe.licensing.host.FakeUserDirectory;
import io.plainframe.licensing.host.InMemoryKeyValueStore;
import io.plainframe.licensing.key.Product;
import io.plainframe.licensing.key.TrustedKeys;
import java.time.Clock;
import java.time.LocalDate;

/** A real runtime over in-memory ports, for the adapter tests. */
public final class RuntimeForTests {

    /** Runs the work as it is: tests have no host transactions. */
    public static final TransactionTemplate DIRECTLY = new TransactionTemplate() {
        @Override
        public <T> T execute(TransactionCallback<T> callback) {
            return callback.doInTransaction();
        }
    };

    private RuntimeForTests() {
    }

    public static PlainframeRuntime runtime(FakeUserDirectory directory) {
        return runtime(directory, new InMemoryKeyValueStore(), Fixtures.CLOCK);
    }

    /** A runtime over shared settings: several of them are the nodes of one cluster. */
    public static PlainframeRuntime runtime(FakeUserDirectory directory, InMemoryKeyValueStore settings,
                                            Clock clock) {
        return new PlainframeRuntime(Product.CONFLUENCE, new PluginBuild("1.0.0",
                BuildDate.of(LocalDate.of(2026, 3, 1))), "SERVER", settings, settings, directory,
                new FakeContentPermissions(), new FakeMarketplace(), Fixtures::english, TrustedKeys.builtIn(),
                DIRECTLY, clock);
    }
}
