package io.plainframe.sandbox.host;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.event.group.GroupMembershipsCreatedEvent;
import com.atlassian.crowd.event.group.GroupMembershipsDeletedEvent;
import com.atlassian.crowd.model.membership.MembershipType;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.util.List;

/**
 * The host's user administration of group memberships, as Crowd's directory manager does it in both products: the
 * change and its event ({@code GroupMembershipsCreatedEvent} or {@code GroupMembershipsDeletedEvent}) happen in one
 * host transaction, the event published before the change commits. A listener that read the directory on the
 * publishing thread, or on another thread at once, would not see the change yet.
 */
public final class SandboxDirectory {

    /** The sandbox's one user directory, as Crowd names the internal one. */
    static final Directory INTERNAL = new Directory() {
        @Override
        public Long getId() {
            return 1L;
        }

        @Override
        public String getName() {
            return "Confluence Internal Directory";
        }
    };

    private final SandboxUsers users;
    private final SandboxEvents events;
    private final TransactionTemplate transactions;

    public SandboxDirectory(SandboxUsers users, SandboxEvents events, TransactionTemplate transactions) {
        this.users = users;
        this.events = events;
        this.transactions = transactions;
    }

    /** Adds the user to the group; false when there is no such user. */
    public boolean addToGroup(String group, String username) {
        return change(group, username, true);
    }

    /** Removes the user from the group; false when there is no such user. */
    public boolean removeFromGroup(String group, String username) {
        return change(group, username, false);
    }

    private boolean change(String group, String username, boolean join) {
        if (users.byName(username).isEmpty()) {
            return false;
        }
        transactions.execute(() -> {
            users.changeMembership(group, username, join, () -> events.publish(join
                    ? new GroupMembershipsCreatedEvent(this, INTERNAL, List.of(username), group,
                            MembershipType.GROUP_USER)
                    : new GroupMembershipsDeletedEvent(this, INTERNAL, List.of(username), group,
                            MembershipType.GROUP_USER)));
            return null;
        });
        return true;
    }
}
