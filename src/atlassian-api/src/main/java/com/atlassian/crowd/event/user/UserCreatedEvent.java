package com.atlassian.crowd.event.user;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.event.DirectoryEvent;
import com.atlassian.crowd.model.user.User;

/**
 * Stand-in for Crowd's {@code UserCreatedEvent}. Partial: not the {@code ImmutableDirectory} constructor,
 * {@code equals}, {@code hashCode}; keeps the user as given (the real one copies it into an {@code ImmutableUser}).
 */
public class UserCreatedEvent extends DirectoryEvent {

    private final User user;

    public UserCreatedEvent(Object source, Directory directory, User user) {
        super(source, directory);
        this.user = user;
    }

    public User getUser() {
        return user;
    }
}
