package ke.haki.monitoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import ke.haki.testsupport.LayeringRules;

/** The project's one layering rule set (test-support's LayeringRules), applied to this service. */
class LayeringTest {

    @Test
    void theServiceKeepsItsLayers() {
        LayeringRules.of("ke.haki.monitoring").check();
    }

    /** Beyond the shared rules: the monitor's rules read no configuration, metrics or directory either. */
    @Test
    void theDomainReadsNoConfigurationMetricsOrDirectory() {
        noClasses().that().resideInAPackage("ke.haki.monitoring.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javax..", "ke.haki.monitoring.config..",
                        "ke.haki.monitoring.metrics..", "ke.haki.monitoring.directory..")
                .because("the rules are plain Java; their limits come in as values")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("ke.haki.monitoring"));
    }
}
