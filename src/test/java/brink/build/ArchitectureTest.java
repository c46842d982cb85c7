package brink.build;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/ARCHITECTURE.md, as rules on the compiled classes: the scenario format reaches nothing above it;
 * the model knows its scenario and nothing that runs, records or shows it (MASON's split); experiments know no
 * outputs, analysis or windows; charts read recorded results, never the model; nothing but the command line reaches
 * the command line; and no two top-level packages depend on each other.
 */
class ArchitectureTest {
    private static JavaClasses brink;

    @BeforeAll
    static void importMain() {
        // the compiled main classes only (importing the package would scan every jar on the class path too)
        brink = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(java.nio.file.Path.of("target", "classes"));
    }

    @Test
    void theScenarioFormatReachesNothingAboveIt() {
        noClasses().that().resideInAPackage("brink.scenario..").should().dependOnClassesThat()
                .resideInAnyPackage("brink.model..", "brink.experiment..", "brink.analysis..", "brink.output..", "brink.wargame..",
                        "brink.gui..", "brink.cli..", "brink.app..")
                .check(brink);
    }

    @Test
    void theModelRunsHeadlessAndKnowsOnlyItsScenario() {
        noClasses().that().resideInAPackage("brink.model..").should().dependOnClassesThat()
                .resideInAnyPackage("brink.experiment..", "brink.analysis..", "brink.output..", "brink.wargame..", "brink.gui..",
                        "brink.cli..", "brink.app..")
                .check(brink);
    }

    @Test
    void experimentsKnowNoOutputsAnalysisOrWindows() {
        noClasses().that().resideInAPackage("brink.experiment..").should().dependOnClassesThat()
                .resideInAnyPackage("brink.analysis..", "brink.output..", "brink.wargame..", "brink.gui..", "brink.cli..", "brink.app..")
                .check(brink);
    }

    @Test
    void chartsReadRecordedResultsNeverTheModel() {
        noClasses().that().resideInAPackage("brink.output.chart..").should().dependOnClassesThat()
                .resideInAnyPackage("brink.model..", "brink.gui..", "brink.cli..")
                .check(brink);
    }

    @Test
    void onlyTheCommandLineReachesTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("brink.cli..").should().dependOnClassesThat().resideInAPackage("brink.cli..")
                .check(brink);
    }

    @Test
    void theApplicationLayerKnowsNoWindowsAndNoCommandLine() {
        noClasses().that().resideInAPackage("brink.app..").should().dependOnClassesThat().resideInAnyPackage("brink.gui..", "brink.cli..")
                .check(brink);
    }

    @Test
    void theSeminarRoomIsAFrontEndOverTheApplicationLayer() {
        noClasses().that().resideInAPackage("brink.web..").should().dependOnClassesThat()
                .resideInAnyPackage("brink.cli..", "brink.gui..", "brink.model..")
                .check(brink);
        noClasses().that().resideOutsideOfPackages("brink.web..", "brink.cli..").should().dependOnClassesThat().resideInAPackage("brink.web..")
                .check(brink);
    }

    /** One replication runner: a model is built only by Replication (a batch run or replication 0 to watch) and its own package. */
    @Test
    void onlyReplicationBuildsAModel() {
        noClasses().that().resideOutsideOfPackage("brink.model..").and().doNotHaveFullyQualifiedName("brink.experiment.Replication")
                .should().callConstructor(brink.model.BrinkModel.class, brink.model.Theatre.class, long.class)
                .orShould().callConstructor(brink.model.BrinkModel.class, brink.model.Theatre.class, long.class, int.class)
                .orShould().callConstructor(brink.model.BrinkModel.class, brink.scenario.Scenario.class, long.class)
                .check(brink);
        noClasses().that().resideOutsideOfPackages("brink.experiment..", "brink.model..").should().callMethod(brink.model.Battle.class, "run",
                brink.scenario.BattleSpec.class, long.class).check(brink);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching("brink.(*)..").should().beFreeOfCycles().check(brink);
    }
}
