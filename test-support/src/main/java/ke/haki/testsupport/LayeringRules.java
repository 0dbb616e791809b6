package ke.haki.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The one set of layering rules every service is held to (issue 12): a service calls
 * {@code LayeringRules.of("ke.haki.police").check()} from one test.
 * <ul>
 *   <li>the {@code domain} package is plain Java: it depends on no JAX-RS, JPA, Hibernate, Kafka,
 *       SmallRye, Quarkus or service-kit class, nor on the service's own outer layers;</li>
 *   <li>resources ({@code rest} and {@code web}) do not reach repositories: they go through services;</li>
 *   <li>no cycles between the service's top-level packages.</li>
 * </ul>
 * ArchUnit reads the compiled classes, so a fully-qualified name in the code is caught as surely
 * as an import line.
 */
public final class LayeringRules {

    /** Packages a domain class may never depend on, whatever the service. */
    static final List<String> INFRASTRUCTURE = List.of("jakarta.persistence..", "jakarta.ws.rs..",
            "jakarta.transaction..", "jakarta.enterprise..", "jakarta.inject..", "org.apache.kafka..",
            "io.quarkus..", "org.hibernate..", "io.smallrye..", "org.eclipse.microprofile..",
            "io.vertx..", "ke.haki.kit..");

    private final String basePackage;
    private final JavaClasses classes;

    private LayeringRules(String basePackage, JavaClasses classes) {
        this.basePackage = basePackage;
        this.classes = classes;
    }

    /** The production classes of the service whose root package is {@code basePackage}. */
    public static LayeringRules of(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage);
        if (classes.isEmpty()) {
            throw new IllegalStateException("no production classes found under " + basePackage);
        }
        return new LayeringRules(basePackage, classes);
    }

    /** Checks every rule; throws an AssertionError naming each violation. */
    public void check() {
        for (ArchRule rule : rules()) {
            rule.check(classes);
        }
    }

    /** The rules, for a test that wants to check them one by one. */
    public List<ArchRule> rules() {
        String[] outer = { basePackage + ".rest..", basePackage + ".web..", basePackage + ".service..",
                basePackage + ".repository..", basePackage + ".messaging..", basePackage + ".api.." };
        String[] forbidden = new String[INFRASTRUCTURE.size() + outer.length];
        INFRASTRUCTURE.toArray(forbidden);
        System.arraycopy(outer, 0, forbidden, INFRASTRUCTURE.size(), outer.length);
        ArchRule domainIsPlain = noClasses().that().resideInAPackage(basePackage + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .because("the domain is plain Java (records and small named policies)");
        ArchRule resourcesUseServices = noClasses().that()
                .resideInAnyPackage(basePackage + ".rest..", basePackage + ".web..")
                .should().dependOnClassesThat().resideInAPackage(basePackage + ".repository..")
                .because("resources translate HTTP and call services; services own transactions")
                .allowEmptyShould(true);
        ArchRule noCycles = slices().matching(basePackage + ".(*)..").should().beFreeOfCycles()
                .because("the service's packages form layers, not a tangle");
        return List.of(domainIsPlain, resourcesUseServices, noCycles);
    }
}
