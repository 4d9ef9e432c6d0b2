package com.atlassian.crowd.event;

import com.atlassian.crowd.embedded.api.Directory;

/**
 * Stand-in for Crowd's {@code DirectoryEvent}, the base of every user and group event. Partial and flattened: it
 * extends {@code com.atlassian.crowd.event.Event} there (deprecated; {@code getSource()}, {@code getTimestamp()}),
 * left out, and keeps the directory as given (the real one copies it into an {@code ImmutableDirectory}).
 */
public abstract class DirectoryEvent {

    private final Directory directory;

    public DirectoryEvent(Object source, Directory directory) {
        this.directory = directory;
    }

    public Directory getDirectory() {
        return directory;
    }
}
