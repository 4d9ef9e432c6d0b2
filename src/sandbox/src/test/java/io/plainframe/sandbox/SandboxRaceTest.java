package io.plainframe.sandbox;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Races through the sandbox's REST API ({@link EditorRaces}): two additions, a removal and a license change at
 * once, and after every race no more editors licensed than there are seats and no update lost. The normal test
 * run has 25 races; the long run is {@code ./mvnw -B -pl src/sandbox test -Dtest=SandboxRaceTest
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
            System.out.printf("Races: %d; additions acknowledged %d, refused for want of seats %d; removals %d; "
                    + "license changes %d; most licensed at once %d; seats never exceeded, no update lost%n",
                    result.races(), result.added(), result.refused(), result.removed(), result.races(),
                    result.maxLicensed());
        }
    }
}
