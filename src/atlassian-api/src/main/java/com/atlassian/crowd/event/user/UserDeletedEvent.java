package com.atlassian.crowd.event.user;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.event.DirectoryEvent;

/**
 * Stand-in for Crowd's {@code UserDeletedEvent}, {@code @Deprecated} in 5.1.6 (still published beside
 * {@code UsersDeletedEvent}). Partial: not the {@code ImmutableDirectory} constructor, {@code equals}.
 */
@Deprecated
public class UserDeletedEvent extends DirectoryEvent {

    private final String username;

    public UserDeletedEvent(Object source, Directory directory, String username) {
        super(source, directory);
        this.username = username;
    }

    public String getUsername() {
        return username;
    }
}
