package com.atlassian.user;

import java.io.Serializable;

/** Stand-in for atlassian-user's {@code Entity}. */
public interface Entity extends Serializable {
    String getName();
}
