package io.plainframe.licensing.tool;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The vendor's side: the tool and its issuing rules use the licensing core's keys, checks and messages and the
 * JDK, nothing of hosts, seats or access; the rules never read the wall clock, only the tool does.
 */
class ToolArchitectureTest {

    private static final JavaClasses TOOL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.plainframe.licensing.tool", "io.plainframe.licensing.issue");

    @Test
    void theToolAndItsRulesNeedTheCoresKeysChecksAndMessagesAndTheJdkOnly() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("io.plainframe.licensing",
                "io.plainframe.licensing.tool..", "io.plainframe.licensing.issue..", "io.plainframe.licensing.key..",
                "io.plainframe.licensing.check..", "io.plainframe.licensing.i18n..", "io.plainframe.licensing.json..",
                "java..")
                .check(TOOL);
    }

    @Test
    void theIssuingRulesKnowNothingOfTheCommandLine() {
        noClasses().that().resideInAPackage("..licensing.issue..")
                .should().dependOnClassesThat().resideInAPackage("..licensing.tool..")
                .check(TOOL);
    }

    @Test
    void theIssuingRulesReadTheClockTheyAreGiven() {
        noClasses().that().resideInAPackage("..licensing.issue..")
                .should().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .check(TOOL);
    }
}
