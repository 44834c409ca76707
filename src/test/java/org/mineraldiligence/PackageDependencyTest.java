package org.mineraldiligence;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * Dependencies point one way (DESIGN.md): a lower package that needs something of a higher one owns an
 * interface that the higher one implements, so that each feature can be read, tested and changed from the
 * bottom up.
 */
@AnalyzeClasses(packages = "org.mineraldiligence", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageDependencyTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices()
            .matching("org.mineraldiligence.(*)..")
            .should().beFreeOfCycles();

    /** The layers of the README's "The code" section. */
    @ArchTest
    static final ArchRule layersAsTheReadmeDrawsThem = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("org.mineraldiligence..")
            .ensureAllClassesAreContainedInArchitecture()
            .layer("Entry points").definedBy("org.mineraldiligence")
            .layer("Top").definedBy("..portal..", "..escalation..", "..records..", "..report..", "..grievance..", "..queue..")
            .layer("Survey").definedBy("..survey..")
            .layer("Cycle").definedBy("..cycle..")
            .layer("Data").definedBy("..supplier..", "..smelter..")
            .layer("Libraries").definedBy("..cmrt..", "..tabular..")
            .layer("Infrastructure").definedBy("..mail..", "..audit..", "..identity..", "..engine..", "..web..",
                    "..deployment..")
            .whereLayer("Entry points").mayNotBeAccessedByAnyLayer()
            .whereLayer("Top").mayOnlyBeAccessedByLayers("Entry points")
            .whereLayer("Survey").mayOnlyBeAccessedByLayers("Top", "Entry points")
            .whereLayer("Cycle").mayOnlyBeAccessedByLayers("Survey", "Top", "Entry points")
            .whereLayer("Data").mayOnlyBeAccessedByLayers("Cycle", "Survey", "Top", "Entry points")
            .whereLayer("Libraries").mayNotAccessAnyLayer()
            .whereLayer("Infrastructure").mayOnlyAccessLayers("Infrastructure");

    private static final SliceAssignment EACH_CMRT_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return name.startsWith("org.mineraldiligence.cmrt") ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "each package of the CMRT library";
        }
    };

    /** Inside the CMRT library: values at its root, the reader and rules beneath, the checker on top. */
    @ArchTest
    static final ArchRule cmrtPackagesAreFreeOfCycles = slices()
            .assignedFrom(EACH_CMRT_PACKAGE)
            .should().beFreeOfCycles();
}
