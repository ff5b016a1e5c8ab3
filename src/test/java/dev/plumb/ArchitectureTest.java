package dev.plumb;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the packages reading as the pipeline: each stage knows only the one before it. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.plumb");
    }

    @Test
    void nothingDependsOnTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("dev.plumb.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.plumb.cli..")
                .check(classes);
    }

    @Test
    void loadersRulesAndReportsKnowOnlyTheModelAndTheRuleApi() {
        for (String stage : new String[] {"dev.plumb.load..", "dev.plumb.rules..", "dev.plumb.report.."}) {
            noClasses().that().resideInAPackage(stage)
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "dev.plumb.cli..", "dev.plumb.engine..", "dev.plumb.discover..", "dev.plumb.config..")
                    .check(classes);
        }
    }

    @Test
    void rulesNeverReadFilesAndLoadersNeverJudge() {
        noClasses().that().resideInAPackage("dev.plumb.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.io..", "dev.plumb.load..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.plumb.load..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.plumb.rule..", "dev.plumb.rules..")
                .check(classes);
    }

    @Test
    void ruleAuthorsSeeOnlyTheAuthorApiNotTheOutputRecords() {
        noClasses().that().resideInAnyPackage("dev.plumb.rule", "dev.plumb.rules..")
                .should().dependOnClassesThat().resideInAPackage("dev.plumb.result..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.plumb.result..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.plumb.cli..", "dev.plumb.engine..", "dev.plumb.discover..", "dev.plumb.load..",
                        "dev.plumb.rules..", "dev.plumb.report..", "dev.plumb.config..")
                .check(classes);
    }

    @Test
    void theModelAndTheRuleApiStandAlone() {
        noClasses().that().resideInAnyPackage("dev.plumb.model..", "dev.plumb.rule")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.plumb.cli..", "dev.plumb.engine..", "dev.plumb.discover..", "dev.plumb.load..",
                        "dev.plumb.rules..", "dev.plumb.report..", "dev.plumb.config..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.plumb.discover..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.plumb.load..", "dev.plumb.rule..", "dev.plumb.rules..", "dev.plumb.engine..", "dev.plumb.report..")
                .check(classes);
    }
}
