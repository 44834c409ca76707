package org.mineraldiligence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * One clock and one adapter to the engine's internals: the application reads the time from the Clock bean
 * (engine.EngineClock, the engine's time) and the caller from engine.CurrentUser, so a test that moves the
 * engine's clock moves every date we write, and only two classes depend on Camunda's non-public API.
 * The plain library (cmrt) and the command-line verbs run without Spring and use the system clock.
 */
@AnalyzeClasses(packages = "org.mineraldiligence", importOptions = ImportOption.DoNotIncludeTests.class)
class OneClockTest {

    @ArchTest
    static final ArchRule onlyEngineClockReadsClockUtil = noClasses()
            .that().doNotHaveFullyQualifiedName("org.mineraldiligence.engine.EngineClock")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.impl.util.ClockUtil");

    @ArchTest
    static final ArchRule onlyCurrentUserReadsAuthentication = noClasses()
            .that().doNotHaveFullyQualifiedName("org.mineraldiligence.engine.CurrentUser")
            .should().dependOnClassesThat()
            .haveFullyQualifiedName("org.camunda.bpm.engine.impl.identity.Authentication");

    @ArchTest
    static final ArchRule theApplicationAsksTheClockBean = noClasses()
            .that().resideOutsideOfPackage("org.mineraldiligence.cmrt..")
            .and().haveSimpleNameNotEndingWith("Command")
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone");
}
