package io.plainframe.sandbox;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.sandbox.host.HostFaults.Fault;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The negative controls of {@link SandboxAttacksTest}: each defect issue 13 found in the sandbox host, planted
 * again in a sandbox of its own, makes the check written for it fail.
 */
class SandboxAttacksControlTest {

    @TempDir
    static Path data;
    static Sandbox sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = new Sandbox(0, data, true);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void withoutTheXsrfCheckAPingRidingOnTheAdminsCookiesGetsThroughAndTheCheckFails() {
        assertCaught(Fault.NO_XSRF_CHECK, "confluence", "approve sent as text/ping",
                SandboxAttacksTest::simpleRequestsRidingOnTheAdminsCookiesAreRefused);
    }

    @Test
    void withoutTheXsrfCheckABasicAuthPostOfASimpleTypeGetsThroughAndTheCheckFails() {
        assertCaught(Fault.NO_XSRF_CHECK, "jira", "a text/ping POST with basic auth",
                SandboxAttacksTest::aBasicAuthPostOfASimpleTypeIsRefused);
    }

    @Test
    void aWayBackTakenAsGivenFailsTheCraftedWayBackCheck() {
        assertCaught(Fault.WAY_BACK_AS_GIVEN, "confluence", "[/confluence/",
                SandboxAttacksTest::aCraftedWayBackLeadsHome);
    }

    @Test
    void answersWithoutTheSecurityHeadersFailTheFramingCheck() {
        assertCaught(Fault.NO_SECURITY_HEADERS, "confluence", "[/]",
                SandboxAttacksTest::everyAnswerForbidsFramingAndSniffing);
    }

    @Test
    void aLogInFormTakenWithoutItsTokenFailsTheCheck() {
        assertCaught(Fault.FORM_TOKEN_NOT_CHECKED, "jira", "a log-in form without its token",
                SandboxAttacksTest::logInNeedsTheFormsToken);
    }

    @Test
    void aLogOutTakenWithoutItsTokenFailsTheCheck() {
        assertCaught(Fault.FORM_TOKEN_NOT_CHECKED, "confluence", "[no token]",
                SandboxAttacksTest::logOutNeedsThePostWithTheToken);
    }

    @Test
    void wildcardsPassedToTheDatabaseFailTheUserSearchCheck() {
        assertCaught(Fault.WILDCARDS_IN_USER_SEARCH, "jira", "[%25]", SandboxAttacksTest::wildcardsMatchOnlyThemselves);
    }

    @Test
    void addressesShownToEveryUserFailTheUserSearchCheck() {
        assertCaught(Fault.ADDRESSES_FOR_EVERYONE, "jira", "what a user finds",
                SandboxAttacksTest::addressesAreForAdminsOnly);
    }

    /**
     * With the fault planted in the product the check talks to, the check fails at the assertion named (that it
     * passes without the fault is {@link SandboxAttacksTest}'s own run); the fault is taken out again whatever
     * happens.
     */
    private static void assertCaught(Fault fault, String product, String where, Consumer<Sandbox> check) {
        sandbox.faults(product).plant(fault, true);
        try {
            assertThatThrownBy(() -> check.accept(sandbox)).as("the check with %s planted", fault)
                    .isInstanceOf(AssertionError.class).hasMessageContaining(where);
        } finally {
            sandbox.faults(product).plant(fault, false);
        }
    }
}
