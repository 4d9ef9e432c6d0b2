package io.plainframe.sandbox.host;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Defects a test can plant in one product of the sandbox host to show that its checks catch them: those the host
 * once had (issue 13, the negative controls of {@code SandboxAttacksTest}), and a directory that hides an outage.
 * None is ever planted by the sandbox itself, so a sandbox started for people or for any other test behaves as the
 * hosts do.
 */
public final class HostFaults {

    /** A defect of the host's own defences. */
    public enum Fault {
        /** REST takes a state-changing request of any type without the XSRF header. */
        NO_XSRF_CHECK,
        /** Log-in and log-out forms are taken without the session's form token. */
        FORM_TOKEN_NOT_CHECKED,
        /** The user search passes {@code %} and {@code _} to LIKE as wildcards. */
        WILDCARDS_IN_USER_SEARCH,
        /** The user search shows and searches addresses for every user, not admins only. */
        ADDRESSES_FOR_EVERYONE,
        /** Log-in sends the browser wherever {@code os_destination} says, unchecked. */
        WAY_BACK_AS_GIVEN,
        /** Answers carry no anti-framing or no-sniffing headers. */
        NO_SECURITY_HEADERS,
        /**
         * Jira's lookups by name and its two group queries answer a directory outage as an unknown user and an empty
         * group, as a plugin that swallowed the outage's exceptions would see it (other calls answer as usual, and
         * no refusal is counted): the negative control of {@code SandboxDirectoryFaultTest}.
         */
        DIRECTORY_SWALLOWS_OUTAGE
    }

    private final Set<Fault> planted = ConcurrentHashMap.newKeySet();

    /** Plants the fault, or takes it out again. */
    public void plant(Fault fault, boolean planted) {
        if (planted) {
            this.planted.add(fault);
        } else {
            this.planted.remove(fault);
        }
    }

    public boolean planted(Fault fault) {
        return planted.contains(fault);
    }
}
