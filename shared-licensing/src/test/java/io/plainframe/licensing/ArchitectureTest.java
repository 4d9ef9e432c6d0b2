package io.plainframe.licensing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The core stays host-neutral, its packages depend on each other in one direction only, and the vendor's tool
 * and issuing rules are not part of it (they are src/license-tool, which no plugin embeds).
 */
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
        classes().that().resideOutsideOfPackage("io.plainframe.licensing.atlassian..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.plainframe.licensing..", "java..")
                .check(CORE);
    }

    @Test
    void theCoreNeverReachesIntoTheAdapters() {
        noClasses().that().resideOutsideOfPackage("io.plainframe.licensing.atlassian..")
                .should().dependOnClassesThat().resideInAPackage("io.plainframe.licensing.atlassian..")
                .check(CORE);
    }

    @Test
    void packagesDependInOneDirection() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("io.plainframe.licensing..")
                .layer("i18n").definedBy("..licensing.i18n..", "..licensing.json..", "io.plainframe.licensing")
                .layer("key").definedBy("..licensing.key..")
                .layer("check").definedBy("..licensing.check..")
                .layer("ports").definedBy("..licensing.host..", "..licensing.audit..")
                .layer("seat").definedBy("..licensing.seat..", "..licensing.state..", "..licensing.store..")
                .layer("access").definedBy("..licensing.access..")
                .layer("admin").definedBy("..licensing.admin..")
                .layer("web").definedBy("..licensing.web..")
                .layer("adapters").definedBy("..licensing.atlassian..")
                .whereLayer("adapters").mayNotBeAccessedByAnyLayer()
                .whereLayer("web").mayOnlyBeAccessedByLayers("adapters")
                .whereLayer("admin").mayOnlyBeAccessedByLayers("web", "adapters")
                .whereLayer("access").mayOnlyBeAccessedByLayers("admin", "web", "adapters")
                .whereLayer("seat").mayOnlyBeAccessedByLayers("access", "admin", "web", "adapters")
                .whereLayer("ports").mayOnlyBeAccessedByLayers("seat", "access", "admin", "web", "adapters")
                .whereLayer("check").mayOnlyBeAccessedByLayers("access", "admin", "web", "adapters")
                .check(CORE);
    }

    @Test
    void theVendorsToolAndIssuingRulesAreNoPartOfTheCore() {
        noClasses().should().resideInAnyPackage("..licensing.tool..", "..licensing.issue..").check(CORE);
    }

    @Test
    void nothingReadsTheWallClockBehindTheInjectedClock() {
        noClasses().should().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .check(CORE);
    }
}
