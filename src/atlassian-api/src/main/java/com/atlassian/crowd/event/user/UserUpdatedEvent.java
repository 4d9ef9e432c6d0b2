package com.atlassian.crowd.event.user;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.event.DirectoryEvent;
import com.atlassian.crowd.model.user.User;

/**
 * Stand-in for Crowd's abstract {@code UserUpdatedEvent}, the base of {@code UserEditedEvent} (a changed user, such
 * as one deactivated), {@code UserRenamedEvent} and {@code AutoUserUpdatedEvent}. Partial: no {@code equals},
 * {@code hashCode}; keeps the user as given.
 */
public abstract class UserUpdatedEvent extends DirectoryEvent {

    private final User user;

    public UserUpdatedEvent(Object source, Directory directory, User user) {
        super(source, directory);
        this.user = user;
    }

    public User getUser() {
        return user;
    }
}
