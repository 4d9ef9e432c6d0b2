package io.plainframe.licensing.tool;

import static io.plainframe.licensing.Fixtures.keys;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.Fixtures;
import io.plainframe.licensing.key.TrustedKeys;
import org.junit.jupiter.api.Test;

class ReleaseTrustCheckTest {

    @Test
    void aReleaseThatWouldTrustTheDemoKeyIsRefused() {
        TrustedKeys keys = Fixtures.trusting(Fixtures.vendorKey(1), Fixtures.demoKey());
        assertThat(keys(ReleaseTrustCheck.problems(keys, false))).containsExactly("license-tool.release.demo-trusted");
    }

    @Test
    void aReleaseThatWouldShipTheDemoSigningKeyIsRefused() {
        TrustedKeys keys = Fixtures.trusting(Fixtures.vendorKey(1));
        assertThat(keys(ReleaseTrustCheck.problems(keys, true)))
                .containsExactly("license-tool.release.demo-key-shipped");
    }

    @Test
    void aReleaseThatTrustsNoVendorKeyIsRefused() {
        assertThat(keys(ReleaseTrustCheck.problems(Fixtures.trusting(), false)))
                .containsExactly("license-tool.release.no-vendor-key");
    }

    @Test
    void aReleaseWithOnlyVendorKeysPasses() {
        assertThat(ReleaseTrustCheck.problems(Fixtures.trusting(Fixtures.vendorKey(1), Fixtures.vendorKey(2)), false))
                .isEmpty();
    }

    @Test
    void thisDevelopmentBuildWouldNotPassAsARelease() {
        assertThat(keys(ReleaseTrustCheck.problems(TrustedKeys.builtIn(), true)))
                .contains("license-tool.release.demo-trusted", "license-tool.release.demo-key-shipped");
    }
}
