package brink.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.cli.CliTestAccess;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import brink.scenario.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target's outcome name is checked at the loader's one door (ScenarioCheck, registered by experiment): the GUI's
 * scenario menu, brink list, the Java API and the fuzzer, which all load through ScenarioLoader, meet it as brink
 * validate does; before, only the command line's own second door checked it.
 */
class TargetNamesDoorTest {
    @TempDir
    Path dir;

    @Test
    void aMisspelledTargetOutcomeIsRefusedByTheLoaderItself() throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(Path.of("scenarios/baseline.yaml"), false,
                List.of(Setting.parse("targets.incidents.outcome=count_border-crosing_y{y}"))));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).path().equals("targets.incidents.outcome")
                && e.getMessage().contains("did you mean 'count_border-crossing_y{y}'?"), e.getMessage());
        // a scenario made from a checked one's content meets the door again where a setting changes its targets
        var base = ScenarioLoader.load(Path.of("scenarios/baseline.yaml"));
        assertThrows(ScenarioException.class, () -> ScenarioLoader.fromResolved(base,
                List.of(Setting.parse("targets.incidents.outcome=nothing"))));
    }

    @Test
    void brinkListSaysSuchAFileIsInvalid() throws Exception {
        String text = Files.readString(Path.of("scenarios/baseline.yaml")).replace("outcome: count_border-crossing_y{y}",
                "outcome: count_border-crosing_y{y}");
        Files.writeString(dir.resolve("typo.yaml"), text);
        java.io.StringWriter out = new java.io.StringWriter();
        int exit = brink.cli.BrinkCommand.execute(new String[] {"list", "--dir", dir.toString()},
                new java.io.PrintWriter(out, true), new java.io.PrintWriter(new java.io.StringWriter(), true));
        assertEquals(0, exit);
        assertTrue(out.toString().contains("typo") && out.toString().contains("invalid: 1 problem"), out.toString());
        assertEquals(2, CliTestAccess.brink("validate", dir.resolve("typo.yaml").toString()));
    }
}
