package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static io.plainframe.sandbox.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.sandbox.host.ProductServices;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin page's user picker in Confluence (issue 15 item 9): Plainframe's own {@code GET /users}, which asks
 * Confluence's directory ({@code UserAccessor.findUsersAsList}) for users whose username, full name or address
 * contains the query; Confluence serves no REST user search for it.
 */
class SandboxConfluenceUserSearchTest {

    private static final String USERS = "/rest/plainframe/1.0/users?query=";

    @TempDir
    static Path data;
    static Sandbox sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = new Sandbox(0, data, true);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void partOfAUsernameFullNameOrAddressFindsTheUsersWhateverItsCase() {
        assertThat(usernames("ser4")).as("part of a username").hasSize(10).startsWith("user40").endsWith("user49");
        assertThat(usernames("da%20adm")).as("part of a full name, other case").containsExactly("admin");
        assertThat(usernames("R12@EXAMPLE.C")).as("part of an address").containsExactly("user12");
        assertThat(usernames("nobody-by-that-name")).isEmpty();
    }

    @Test
    void theAnswerKeepsThePickersShapeAndIsBounded() {
        List<?> users = (List<?>) json(get("user")).get("users");
        assertThat(users).as("at most 20 of the 50 users").hasSize(20);
        assertThat(asMap(users.get(0))).containsEntry("userKey", "key-user01").containsEntry("username", "user01")
                .containsEntry("displayName", "User 01").containsEntry("email", "user01@example.com")
                .containsEntry("active", true);
    }

    @Test
    void wildcardsInTheQueryMatchOnlyThemselves() {
        for (String query : List.of("%25", "_", "%25%25", "user__", "%5C", "*")) {
            assertThat(usernames(query)).as(query).isEmpty();
        }
    }

    @Test
    void confluenceServesNoPrototypeUserSearchForThePickerToLeanOn() {
        assertThat(new Http(sandbox.baseUrl("confluence")).get("/rest/prototype/1/search/user.json?query=user",
                "Authorization", basic("admin")).statusCode()).isEqualTo(404);
    }

    /**
     * Negative control: the search before this change (the exact username only), which the plugin falls back to
     * when Confluence's search fails, does not pass the partial-name check above.
     */
    @Test
    void theOldExactNameSearchFailsThePartialNameCheck() {
        ProductServices confluence = sandbox.products("confluence");
        confluence.confluenceUserSearchFails(true);
        try {
            assertThat(usernames("ser4")).as("an exact-name search finds no one by part of a name").isEmpty();
            assertThat(usernames("user40")).as("but still the exact name").containsExactly("user40");
        } finally {
            confluence.confluenceUserSearchFails(false);
        }
        assertThat(usernames("ser4")).hasSize(10);
    }

    private static java.net.http.HttpResponse<String> get(String query) {
        java.net.http.HttpResponse<String> answer = new Http(sandbox.baseUrl("confluence")).get(USERS + query,
                "Authorization", basic("admin"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    private static List<String> usernames(String query) {
        return ((List<?>) json(get(query)).get("users")).stream()
                .map(user -> (String) asMap(user).get("username")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object json) {
        return (Map<String, Object>) json;
    }
}
