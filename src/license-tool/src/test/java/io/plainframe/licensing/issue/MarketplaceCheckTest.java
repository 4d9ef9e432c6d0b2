package io.plainframe.licensing.issue;

import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.key.SeatLimit;
import io.plainframe.licensing.tool.ToolText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed "Migrating to Atlassian Marketplace": a matching license, or an upgrade to match first. */
class MarketplaceCheckTest {

    /** The issuing rules' texts are the tool's. */
    private static final ToolText TEXT = new ToolText();

    @ParameterizedTest(name = "{0} editors on a host with {1} users: eligible {2}, tier {3}")
    @CsvSource({
        "10, 10, true, 10",
        "10, 8, true, 10",
        "10, 11, false, 25",
        "10, 100, false, 100",
        "100, 60, true, 100",
        "250, 100, true, 100",
        "15, 25, false, 25",
        "2000, 501, true, 2000",
        "10000, 10000, true, 10000",
        "10000, 10001, false, unlimited",
        "unlimited, 500000, true, unlimited",
        "unlimited, unlimited, true, unlimited",
        "500, unlimited, false, unlimited",
    })
    void aDirectLicenseMayMoveWhenItReachesTheHostsTier(String editors, String hostUsers, boolean eligible,
                                                        String tier) {
        MarketplaceCheck check = MarketplaceCheck.check(SeatLimit.parse(editors).orElseThrow(),
                SeatLimit.parse(hostUsers).orElseThrow());
        assertThat(check.eligible()).isEqualTo(eligible);
        assertThat(check.requiredTier()).isEqualTo(tier);
    }

    @Test
    void theAnswerSaysWhichTierIsNeeded() {
        MarketplaceCheck check = MarketplaceCheck.check(SeatLimit.of(10), SeatLimit.of(100));
        assertThat(TEXT.render(check.message())).isEqualTo("Not eligible yet: a host with 100 users needs the "
                + "100-user tier in the Marketplace, and this license has 10 editors. Upgrade it to that tier first.");
        assertThat(TEXT.render(MarketplaceCheck.check(SeatLimit.unlimited(), SeatLimit.of(20000)).message()))
                .isEqualTo("Eligible: a license for unlimited editors can move to the Marketplace at the unlimited "
                        + "tier of a host with 20,000 users.");
    }
}
