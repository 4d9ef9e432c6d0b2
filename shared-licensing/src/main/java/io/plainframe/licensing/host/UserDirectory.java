package io.plainframe.licensing.host;

import java.util.List;
import java.util.Optional;

/** The host's users and groups (SAL {@code UserManager} and the product's user API). */
public interface UserDirectory {

    /**
     * @return the user, active or deactivated; empty when the host has no such user
     * @throws HostUnavailableException when the directory cannot answer
     */
    Optional<HostUser> findByKey(String userKey);

    /**
     * @return the user with this login name, active or deactivated; empty when there is none
     * @throws HostUnavailableException when the directory cannot answer
     */
    Optional<HostUser> findByName(String username);

    /**
     * @return the members of the group, active or deactivated; empty when the group has none or does not exist
     * @throws HostUnavailableException when the directory cannot answer
     */
    List<HostUser> membersOf(String group);

    /**
     * Users whose name, full name or address contains the query, as the host's user picker finds them.
     *
     * @throws HostUnavailableException when the directory cannot answer
     */
    List<HostUser> search(String query, int limit);

    /**
     * @return the group's name as the host spells it (group names are case-insensitive in Crowd); empty when the
     *         host has no such group
     * @throws HostUnavailableException when the directory cannot answer
     */
    Optional<String> findGroup(String name);

    /**
     * Names of groups starting with the prefix, as the host's group pickers find them (SAL's
     * {@code findGroupNamesByPrefix}), at most {@code limit}.
     *
     * @throws HostUnavailableException when the directory cannot answer
     */
    List<String> searchGroups(String prefix, int limit);
}
