package ke.haki.police.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The domain is plain Java: no HTTP, Kafka, JPA or Quarkus; resources do not reach repositories. */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ke.haki.police");

    @Test
    void theDomainKnowsNothingOfInfrastructure() {
        noClasses().that().resideInAPackage("..police.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.ws.rs..",
                        "org.apache.kafka..", "io.quarkus..", "org.hibernate..", "..police.repository..",
                        "..police.rest..", "..police.service..")
                .check(CLASSES);
    }

    @Test
    void resourcesGoThroughServices() {
        noClasses().that().resideInAPackage("..police.rest..")
                .should().dependOnClassesThat().resideInAPackage("..police.repository..")
                .check(CLASSES);
    }
}
