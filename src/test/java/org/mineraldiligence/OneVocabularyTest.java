package org.mineraldiligence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * One word for one thing: the metals are cmrt.Metal everywhere. Two enums of the same metals, as there
 * were, need converting by name at every border and drift apart (order, spellings, symbols).
 */
@AnalyzeClasses(packages = "org.mineraldiligence", importOptions = ImportOption.DoNotIncludeTests.class)
class OneVocabularyTest {

    @ArchTest
    static final ArchRule oneEnumOfMetals = classes()
            .that().areEnums().and().haveSimpleNameEndingWith("Metal")
            .should().haveFullyQualifiedName("org.mineraldiligence.cmrt.Metal")
            .because("cmrt.Metal is the one vocabulary of metals");
}
