package io.plainframe.licensing.atlassian;

import com.atlassian.crowd.event.group.GroupMembershipsCreatedEvent;
import com.atlassian.crowd.event.group.GroupMembershipsDeletedEvent;
import com.atlassian.crowd.event.user.UserCreatedEvent;
import com.atlassian.crowd.event.user.UserDeletedEvent;
import com.atlassian.crowd.event.user.UserUpdatedEvent;
import com.atlassian.crowd.event.user.UsersDeletedEvent;
import com.atlassian.event.api.EventListener;
import java.util.Objects;

/**
 * The host directory's user and group changes, as both products publish them through their event publisher
 * (Crowd's events: memberships added or removed, users created, changed, renamed, deactivated or deleted). Each
 * only asks for a sync soon: the publisher calls listeners on the thread making the change, often inside the host
 * transaction that has not committed it yet, so a sync read there could miss the change, and it would slow the
 * host's own work. Any change asks, not only the editors group's: a nested group or a renamed member counts too.
 */
public final class DirectoryEvents {

    private final Runnable changed;

    /** @param changed asks for a sync soon; must return at once */
    public DirectoryEvents(Runnable changed) {
        this.changed = Objects.requireNonNull(changed, "changed");
    }

    @EventListener
    public void onMembershipsCreated(GroupMembershipsCreatedEvent event) {
        changed.run();
    }

    @EventListener
    public void onMembershipsDeleted(GroupMembershipsDeletedEvent event) {
        changed.run();
    }

    @EventListener
    public void onUserCreated(UserCreatedEvent event) {
        changed.run();
    }

    /** Edited (deactivated or reactivated too), renamed, or updated from an external directory. */
    @EventListener
    public void onUserUpdated(UserUpdatedEvent event) {
        changed.run();
    }

    @EventListener
    public void onUsersDeleted(UsersDeletedEvent event) {
        changed.run();
    }

    /** Deprecated in Crowd 5.1.6 and still published beside {@link UsersDeletedEvent}. */
    @EventListener
    @SuppressWarnings("deprecation")
    public void onUserDeleted(UserDeletedEvent event) {
        changed.run();
    }
}
