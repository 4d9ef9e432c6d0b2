package io.plainframe.sandbox;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Races through the sandbox's REST API ({@link EditorRaces}): two additions, a removal and a license change at
 * once, and after every race, from what the node stored, no more editors licensed than there are seats, no more
 * holding or waiting for one than the largest license in force, no update lost, every refusal for want of seats
 * ({@link EditorRacesCheckTest} shows each check failing on the answer the bug it guards against would give).
 * The normal test run has 25 races; the long run is {@code ./mvnw -B -pl src/sandbox test -Dtest=SandboxRaceTest
 * -Dplainframe.races=1000}.
 */
class SandboxRaceTest {

    static final int RACES = Integer.getInteger("plainframe.races", 25);

    @TempDir
    Path data;

    @Test
    void concurrentAssignmentsRemovalsAndLicenseChangesNeverExceedTheSeatsOrLoseAnUpdate() throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            EditorRaces.Result result = EditorRaces.run(List.of(new Http(sandbox.baseUrl("confluence"))), RACES, 11);
            System.out.printf("Races: %d (the first half at a constant license); additions acknowledged %d, "
                    + "refused NO_FREE_SEATS %d; removals %d; most editors a node answered were licensed %d, "
                    + "held or waited for a seat %d%n", result.races(), result.added(), result.refused(),
                    result.removed(), result.maxLicensed(), result.maxHolders());
        }
    }
}
