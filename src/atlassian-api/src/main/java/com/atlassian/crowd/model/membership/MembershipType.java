package com.atlassian.crowd.model.membership;

/** Stand-in for Crowd's {@code MembershipType}: a user in a group, or a group in a group. */
public enum MembershipType {
    GROUP_USER,
    GROUP_GROUP
}
