package io.plainframe.licensing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The core stays host-neutral and its packages depend on each other in one direction only. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.plainframe.licensing");

    @Test
    void onlyTheAdapterPackageMayUseAtlassianTypes() {
        noClasses().that().resideOutsideOfPackage("io.plainframe.licensing.atlassian..")
                .should().dependOnClassesThat().resideInAPackage("com.atlassian..")
                .allowEmptyShould(false)
                .check(CORE);
    }

    @Test
    void theCoreNeedsNothingButTheJdk() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.plainframe.licensing..", "java..")
                .check(CORE);
    }

    @Test
    void packagesDependInOneDirection() {
        noClasses().that().resideInAnyPackage("..licensing.key..", "..licensing.i18n..")
                .should().dependOnClassesThat().resideInAnyPackage("..licensing.check..", "..licensing.issue..",
                        "..licensing.tool..")
                .check(CORE);
        noClasses().that().resideInAPackage("..licensing.check..")
                .should().dependOnClassesThat().resideInAnyPackage("..licensing.issue..", "..licensing.tool..")
                .check(CORE);
        noClasses().that().resideInAPackage("..licensing.issue..")
                .should().dependOnClassesThat().resideInAPackage("..licensing.tool..")
                .check(CORE);
    }

    @Test
    void nothingReadsTheWallClockBehindTheInjectedClock() {
        noClasses().that().resideOutsideOfPackage("..licensing.tool..")
                .should().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .check(CORE);
    }
}
