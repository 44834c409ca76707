package org.mineraldiligence.cmrt;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The CMRT reader is a plain library: usable from the CLI without Spring or the process engine. */
@AnalyzeClasses(packages = "org.mineraldiligence.cmrt", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule cmrtPackageUsesNeitherSpringNorCamunda = noClasses()
            .that().resideInAPackage("org.mineraldiligence.cmrt..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..")
            .because("the checker runs from the command line without starting Spring or the engine");

    @ArchTest
    static final ArchRule cmrtPackageDoesNotLog = noClasses()
            .that().resideInAPackage("org.mineraldiligence.cmrt..")
            .should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "org.apache.logging..", "java.util.logging..")
            .because("the reader must never log what a supplier typed");
}
