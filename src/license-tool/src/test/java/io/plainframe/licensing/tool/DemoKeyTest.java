package io.plainframe.licensing.tool;

import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.Fixtures;
import io.plainframe.licensing.key.TrustedKeys;
import org.junit.jupiter.api.Test;

/** The demo signing key ships with the tool of development builds, and it is the key the core calls the demo key. */
class DemoKeyTest {

    @Test
    void theDemoSigningKeyShipsWithDevelopmentBuildsAndIsTheDemoKey() {
        assertThat(DemoKey.load()).hasValueSatisfying(demo -> {
            assertThat(demo.keyId()).isEqualTo(TrustedKeys.DEMO_KEY_ID).isEqualTo(Fixtures.demoKey().keyId());
            assertThat(demo.asTrusted("demo").demo()).isTrue();
        });
    }
}
