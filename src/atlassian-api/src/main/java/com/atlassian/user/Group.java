package com.atlassian.user;

/** Stand-in for atlassian-user's {@code Group}. */
public interface Group extends Entity {
}
