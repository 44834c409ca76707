package org.mineraldiligence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * One word for one thing: the metals are cmrt.Metal everywhere, smelter ids are normalised by cmrt.SmelterIds. Two enums of the same metals, as there
 * were, need converting by name at every border and drift apart (order, spellings, symbols).
 */
@AnalyzeClasses(packages = "org.mineraldiligence", importOptions = ImportOption.DoNotIncludeTests.class)
class OneVocabularyTest {

    @ArchTest
    static final ArchRule oneEnumOfMetals = classes()
            .that().areEnums().and().haveSimpleNameEndingWith("Metal")
            .should().haveFullyQualifiedName("org.mineraldiligence.cmrt.Metal")
            .because("cmrt.Metal is the one vocabulary of metals");

    @ArchTest
    static final ArchRule oneNormaliserOfSmelterIds = classes()
            .that().haveSimpleNameContaining("SmelterId").and().areNotInterfaces()
            .should().haveFullyQualifiedName("org.mineraldiligence.cmrt.SmelterIds")
            .because("two normalisers of smelter ids (normalize / normalise, as there were) disagree on spaces"
                    + " and on null; cmrt.SmelterIds is the one that the reader, the lists and matching share");

    @ArchTest
    static final ArchRule noSmelterIdNormaliserElsewhere = noMethods()
            .that().areDeclaredInClassesThat().doNotHaveFullyQualifiedName("org.mineraldiligence.cmrt.SmelterIds")
            .should().haveNameMatching("(?i)(normali[sz]e|canonical).*(cid|smelterid).*")
            .because("cmrt.SmelterIds is the one normaliser of smelter ids");
}
