package io.plainframe.wireframes.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.host.InMemorySettingsStore;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndexedWireframeStoreTest {

    private static final WireframeId DEMO = new WireframeId("demo");
    private static final WireframeId LOGIN = new WireframeId("login");

    private final InMemorySettingsStore settings = new InMemorySettingsStore();
    // Issues by key, as Jira: DEMO-1 moved to NEW-7 keeps its id 10000.
    private final IndexedWireframeStore store = new IndexedWireframeStore(settings,
            new SettingsWireframeDocuments(settings), key -> Set.of("DEMO-1", "NEW-7").contains(key)
            ? Optional.of("10000") : key.equals("DEMO-2") ? Optional.of("10001") : Optional.empty());

    @Test
    void aCreatedWireframeIsVersionOneOfItsPageOrIssue() {
        assertThat(store.create(DEMO, "DEMO-1", "{}", "key-ann")).hasValue(1);

        assertThat(store.owner(DEMO)).contains("DEMO-1");
        assertThat(store.load(DEMO)).contains(new StoredWireframe(DEMO, "DEMO-1", 1, "{}"));
    }

    @Test
    void anIdIsTakenOncePerProduct() {
        store.create(DEMO, "DEMO-1", "{}", "key-ann");

        assertThat(store.create(DEMO, "DEMO-2", "{\"other\":1}", "key-bob")).isEmpty();
        assertThat(store.create(DEMO, "DEMO-1", "{\"again\":1}", "key-bob")).isEmpty();
        assertThat(store.load(DEMO).orElseThrow().document()).isEqualTo("{}");
        assertThat(store.list("DEMO-2")).isEmpty();
    }

    @Test
    void aWireframeCannotBeCreatedOnContentThatDoesNotExist() {
        assertThat(store.create(DEMO, "GONE-1", "{}", "key-ann")).isEmpty();
        assertThat(store.owner(DEMO)).isEmpty();
    }

    @Test
    void eachSaveNamesTheVersionItStartedFromAndTheSecondOfTwoIsRefused() {
        store.create(DEMO, "DEMO-1", "{}", "key-ann");

        OptionalLong first = store.save(DEMO, 1, "{\"by\":\"ann\"}", "key-ann");
        OptionalLong second = store.save(DEMO, 1, "{\"by\":\"bob\"}", "key-bob");

        assertThat(first).hasValue(2);
        assertThat(second).isEmpty();
        assertThat(store.load(DEMO).orElseThrow().document()).isEqualTo("{\"by\":\"ann\"}");
    }

    @Test
    void savingAWireframeThatWasNeverCreatedChangesNothing() {
        assertThat(store.save(DEMO, 1, "{}", "key-ann")).isEmpty();
        assertThat(store.save(DEMO, 0, "{}", "key-ann")).isEmpty();
        assertThat(store.load(DEMO)).isEmpty();
    }

    @Test
    void anIssueListsItsWireframesOldestFirstAndKeepsThemWhenItMoves() {
        store.create(DEMO, "DEMO-1", "{}", "key-ann");
        store.create(LOGIN, "DEMO-1", "{}", "key-ann");
        store.create(new WireframeId("other"), "DEMO-2", "{}", "key-ann");

        assertThat(store.list("DEMO-1")).extracting(StoredWireframe::id).containsExactly(DEMO, LOGIN);
        assertThat(store.list("NEW-7")).extracting(StoredWireframe::id).containsExactly(DEMO, LOGIN);
        assertThat(store.list("GONE-1")).isEmpty();
    }

    @Test
    void aCreationThatStoppedAfterClaimingTheIdIsFinishedByTheNextOne() {
        settings.compareAndSet("wf.owner.demo", 0, "DEMO-1");

        assertThat(store.load(DEMO)).isEmpty();
        assertThat(store.create(DEMO, "DEMO-1", "{}", "key-ann")).hasValue(1);
        assertThat(store.list("DEMO-1")).hasSize(1);
    }
}
