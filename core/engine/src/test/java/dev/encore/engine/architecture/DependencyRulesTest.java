package dev.encore.engine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module rules of the design: a plugin needs nothing but the SPI, and the engine finds plugins at run time. */
@AnalyzeClasses(packages = "dev.encore", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {

    @ArchTest
    static final ArchRule spiDependsOnTheJdkAlone = classes().that().resideInAPackage("dev.encore.spi..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.encore.spi..");

    @ArchTest
    static final ArchRule engineNeverUsesAPluginClass = noClasses().that().resideInAPackage("dev.encore.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.encore.agents..", "org.example..");
}
