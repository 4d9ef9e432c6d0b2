package com.atlassian.crowd.event.user;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.event.DirectoryEvent;
import java.util.Collection;

/** Stand-in for Crowd's {@code UsersDeletedEvent} (users removed from a directory). Partial: no {@code equals}. */
public class UsersDeletedEvent extends DirectoryEvent {

    private final Collection<String> usernames;

    public UsersDeletedEvent(Object source, Directory directory, Collection<String> usernames) {
        super(source, directory);
        this.usernames = usernames;
    }

    public Collection<String> getUsernames() {
        return usernames;
    }
}
