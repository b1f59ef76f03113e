package dev.encore.engine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module rules of the design: a plugin needs nothing but the SPI, the engine finds plugins at run time, and the
 * engine's packages depend on one another in one direction only (a spec is read and resolved without the runner; the
 * runner runs a resolved spec; the reports read a run).
 */
@AnalyzeClasses(packages = "dev.encore", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {

    @ArchTest
    static final ArchRule spiDependsOnTheJdkAlone = classes().that().resideInAPackage("dev.encore.spi..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.encore.spi..");

    @ArchTest
    static final ArchRule engineNeverUsesAPluginClass = noClasses().that().resideInAPackage("dev.encore.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.encore.agents..", "org.example..");

    /**
     * No cycle between the engine's packages ({@code spec}, {@code run}, {@code report}, ...). The engine's root
     * package is not one of them: it holds what every package shares (the user error and its problems, name
     * suggestions) and the Guice module that wires the packages together.
     */
    @ArchTest
    static final ArchRule enginePackagesAreFreeOfCycles = slices().matching("dev.encore.engine.(*)..")
            .should().beFreeOfCycles();
}
