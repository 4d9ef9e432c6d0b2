package com.atlassian.crowd.event.group;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.event.DirectoryEvent;
import com.atlassian.crowd.model.membership.MembershipType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Stand-in for Crowd's {@code GroupMembershipsDeletedEvent}: users (or groups) removed from a group, published by
 * the directory manager for one change and by directory synchronisation for a batch. Partial: no {@code equals},
 * {@code hashCode}.
 */
public class GroupMembershipsDeletedEvent extends DirectoryEvent {

    private final List<String> entityNames;
    private final String groupName;
    private final MembershipType membershipType;

    public GroupMembershipsDeletedEvent(Object source, Directory directory, Iterable<String> entityNames,
                                      String groupName, MembershipType membershipType) {
        super(source, directory);
        List<String> names = new ArrayList<>();
        entityNames.forEach(names::add);
        this.entityNames = List.copyOf(names);
        this.groupName = groupName;
        this.membershipType = membershipType;
    }

    public Collection<String> getEntityNames() {
        return entityNames;
    }

    public String getGroupName() {
        return groupName;
    }

    public MembershipType getMembershipType() {
        return membershipType;
    }
}
