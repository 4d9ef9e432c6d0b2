package io.plainframe.wireframes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The wireframes stay host-neutral outside their Atlassian adapter package, as the licensing core does. */
class ArchitectureTest {

    private static final JavaClasses WIREFRAMES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.plainframe.wireframes");

    @Test
    void onlyTheAdapterPackageImportsAtlassianTypes() {
        noClasses().that().resideOutsideOfPackage("io.plainframe.wireframes.atlassian..")
                .should().dependOnClassesThat().resideInAPackage("com.atlassian..")
                .allowEmptyShould(false)
                .check(WIREFRAMES);
    }

    /** The JDK's own javax (javax.crypto, for the signed documents) is fine; servlets, JAX-RS and DI are not. */
    @Test
    void theModelRenderingAndStoreKnowNothingOfTheWebOrTheHosts() {
        noClasses().that().resideInAnyPackage("io.plainframe.wireframes", "io.plainframe.wireframes.store")
                .should().dependOnClassesThat().resideInAnyPackage("io.plainframe.wireframes.web..",
                        "io.plainframe.wireframes.atlassian..", "io.plainframe.licensing.atlassian..",
                        "javax.servlet..", "javax.ws..", "javax.inject..", "javax.annotation..", "javax.xml.bind..")
                .check(WIREFRAMES);
    }

    @Test
    void nothingButTheAdaptersReachesTheLicensingCoresAtlassianAdapters() {
        noClasses().that().resideOutsideOfPackage("io.plainframe.wireframes.atlassian..")
                .should().dependOnClassesThat().resideInAPackage("io.plainframe.licensing.atlassian..")
                .check(WIREFRAMES);
    }
}
