package io.plainframe.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.EntityException;
import com.atlassian.user.User;
import com.atlassian.user.search.query.BooleanQuery;
import com.atlassian.user.search.query.EmailTermQuery;
import com.atlassian.user.search.query.FullNameTermQuery;
import com.atlassian.user.search.query.Query;
import com.atlassian.user.search.query.TermQuery;
import com.atlassian.user.search.query.UserNameTermQuery;
import io.plainframe.licensing.atlassian.SalGroups;
import io.plainframe.licensing.host.HostUser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ConfluenceUserSearchTest {

    private final UserAccessor users = mock(UserAccessor.class);
    private final ConfluenceUserDirectory directory = new ConfluenceUserDirectory(users,
            new SalGroups(mock(com.atlassian.sal.api.user.UserManager.class)));

    @Test
    @SuppressWarnings({"unchecked", "deprecation"})
    void theSearchAsksConfluenceForAnyUserWhoseNameFullNameOrAddressContainsTheQuery() throws Exception {
        ConfluenceUser ann = confluenceUser("ann", "Ann Lee");
        ConfluenceUser gone = confluenceUser("annika", "Annika Gone");
        when(users.isDeactivated(gone)).thenReturn(true);
        // Confluence's directory may answer plain atlassian-user users, without a key.
        User plain = mock(User.class);
        when(plain.getName()).thenReturn("joanne");
        ConfluenceUser joanne = confluenceUser("joanne", "Joanne Roe");
        when(users.getUserByName("joanne")).thenReturn(joanne);
        when(users.findUsersAsList(any())).thenReturn(List.of(ann, gone, plain));

        List<HostUser> found = directory.search("ann", 20);

        assertThat(found).extracting(HostUser::username).as("active users only, in Confluence's order")
                .containsExactly("ann", "joanne");
        assertThat(found.get(1).userKey()).isEqualTo("key-joanne");
        ArgumentCaptor<Query<User>> asked = ArgumentCaptor.forClass(Query.class);
        verify(users).findUsersAsList(asked.capture());
        BooleanQuery<User> anyOf = (BooleanQuery<User>) asked.getValue();
        assertThat(anyOf.isOR()).isTrue();
        assertThat(anyOf.getQueries()).extracting(query -> query.getClass().getSimpleName())
                .containsExactly(UserNameTermQuery.class.getSimpleName(), FullNameTermQuery.class.getSimpleName(),
                        EmailTermQuery.class.getSimpleName());
        assertThat(anyOf.getQueries()).allSatisfy(query -> {
            assertThat(((TermQuery<User>) query).getTerm()).isEqualTo("ann");
            assertThat(((TermQuery<User>) query).getMatchingRule()).isEqualTo(TermQuery.SUBSTRING_CONTAINS);
        });
    }

    @Test
    void theSearchAnswersAtMostTheLimit() throws Exception {
        List<User> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(confluenceUser("user" + i, "User " + i));
        }
        when(users.findUsersAsList(any())).thenReturn(many);

        assertThat(directory.search("user", 20)).hasSize(20);
    }

    @Test
    void aQueryLongerThanAnyStoredNameMatchesNobodyWithoutAskingConfluence() throws Exception {
        assertThat(directory.search("a".repeat(ConfluenceUserDirectory.MAX_QUERY_LENGTH + 1), 20)).isEmpty();
        verify(users, never()).findUsersAsList(any());
    }

    @Test
    void aConfluenceWithoutFindUsersAsListFindsByExactNameAndIsNotAskedAgain() throws Exception {
        ConfluenceUser ann = confluenceUser("ann", "Ann Lee");
        when(users.getUserByName("ann")).thenReturn(ann);
        when(users.findUsersAsList(any())).thenThrow(new NoSuchMethodError("findUsersAsList"));

        assertThat(directory.search("an", 20)).isEmpty();
        assertThat(directory.search("ann", 20)).extracting(HostUser::username).containsExactly("ann");
        verify(users, times(1)).findUsersAsList(any());
    }

    @Test
    void aFailingConfluenceSearchFallsBackToTheExactName() throws Exception {
        ConfluenceUser ann = confluenceUser("ann", "Ann Lee");
        when(users.getUserByName("ann")).thenReturn(ann);
        when(users.findUsersAsList(any())).thenThrow(new EntityException("LDAP down"));

        assertThat(directory.search("ann", 20)).extracting(HostUser::username).containsExactly("ann");
        assertThat(directory.search("ann", 20)).hasSize(1);
        verify(users, times(2)).findUsersAsList(any());
    }

    private static ConfluenceUser confluenceUser(String name, String fullName) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getName()).thenReturn(name);
        when(user.getFullName()).thenReturn(fullName);
        when(user.getEmail()).thenReturn(name + "@example.com");
        when(user.getKey()).thenReturn(new UserKey("key-" + name));
        return user;
    }
}
