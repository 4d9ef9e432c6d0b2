package io.plainframe.licensing.issue;

import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.key.SeatLimit;
import java.util.List;
import java.util.Objects;

/**
 * May a direct license move to the Atlassian Marketplace (seed "Migrating to Atlassian Marketplace")? Only
 * when it matches the host's user tier, or the customer upgrades to that tier first: Marketplace app tiers
 * must equal the host's tier, while direct keys need not.
 *
 * @param eligible     whether the license can move as it is
 * @param requiredTier the host's tier, which the Marketplace license will have: {@code 10} ... {@code unlimited}
 * @param message      the answer in a sentence
 */
public record MarketplaceCheck(boolean eligible, String requiredTier, Message message) {

    /** Marketplace user tiers for Server and Data Center apps; above the last number, unlimited. */
    public static final List<Integer> TIERS = List.of(10, 25, 50, 100, 250, 500, 2000, 10000);

    public MarketplaceCheck {
        Objects.requireNonNull(requiredTier, "requiredTier");
        Objects.requireNonNull(message, "message");
    }

    /**
     * @param editors   the direct license's editors
     * @param hostUsers the host's licensed users (its tier or its user count); unlimited for an unlimited host
     */
    public static MarketplaceCheck check(SeatLimit editors, SeatLimit hostUsers) {
        int hostTier = tierFor(hostUsers);
        // Tiers as numbers, 0 for unlimited: the bundle's choice patterns print them.
        int hostTierArgument = hostTier == Integer.MAX_VALUE ? 0 : hostTier;
        int editorsArgument = editors.isUnlimited() ? 0 : editors.count();
        int hostUsersArgument = hostUsers.isUnlimited() ? 0 : hostUsers.count();
        String required = hostTier == Integer.MAX_VALUE ? "unlimited" : Integer.toString(hostTier);
        // The Marketplace license will be for the host's whole tier: the direct license must already seat that many.
        boolean eligible = editors.isUnlimited() || (hostTier != Integer.MAX_VALUE && editors.count() >= hostTier);
        return new MarketplaceCheck(eligible, required, Message.of(
                eligible ? "plainframe.marketplace.eligible" : "plainframe.marketplace.upgrade-needed",
                editorsArgument, hostTierArgument, hostUsersArgument));
    }

    /** The smallest tier that holds this many users, {@link Integer#MAX_VALUE} for unlimited. */
    static int tierFor(SeatLimit users) {
        for (int tier : TIERS) {
            if (tier >= users.count()) {
                return tier;
            }
        }
        return Integer.MAX_VALUE;
    }
}
