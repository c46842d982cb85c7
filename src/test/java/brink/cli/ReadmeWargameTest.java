package brink.cli;

import static brink.cli.CliTest.brink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the README tells an instructor works as written: the filled-in move sheet it shows is valid input on the
 * baseline, and every `brink wargame` command of the 90-minute lesson plan runs, in order, on a fresh game folder.
 */
class ReadmeWargameTest {
    @TempDir
    Path dir;

    private static String section(String readme, String heading) {
        int from = readme.indexOf(heading);
        assertTrue(from >= 0, "README has " + heading);
        int to = readme.indexOf("\n" + heading.substring(0, heading.indexOf(' ') + 1), from + heading.length());
        return readme.substring(from, to < 0 ? readme.length() : to);
    }

    @Test
    void theSheetTheReadmeShowsIsValidInputOnTheBaseline() throws Exception {
        String wargame = section(Files.readString(Path.of("docs", "GUIDE.md")), "## Seminar wargames");
        Matcher m = Pattern.compile("```yaml\\n(team: US\\n.*?)```", Pattern.DOTALL).matcher(wargame);
        assertTrue(m.find(), "the README shows a filled-in sheet");
        Path game = dir.resolve("g");
        assertEquals(0, brink("wargame", "new", "scenarios/baseline.yaml", "--teams", "US", "--spread", "10", "--out", game.toString()).exit());
        Files.writeString(game.resolve("turn-01/moves-US.yaml"), m.group(1));
        CliTest.Result r = brink("wargame", "turn", game.toString(), "--no-charts");
        assertEquals(0, r.exit(), r.err());
        String history = Files.readString(game.resolve("turn-01/run/events.csv"));
        assertTrue(history.contains(",2025-01-12,US,DPRK,show of force,") && history.contains(",wg-t1-US-budget,"), history);
    }

    @Test
    void everyCommandOfTheLessonPlanRunsInOrder() throws Exception {
        String plan = section(Files.readString(Path.of("docs", "GUIDE.md")), "### A 90-minute lesson plan");
        Matcher m = Pattern.compile("`(brink wargame [^`]+)`").matcher(plan);
        List<String> commands = new ArrayList<>();
        while (m.find()) {
            commands.add(m.group(1));
        }
        assertTrue(commands.size() >= 4, "the plan's commands: " + commands);
        Path game = dir.resolve("game");
        for (String c : commands) {
            List<String> args = new ArrayList<>();
            for (String a : c.substring("brink ".length()).split(" +")) {
                args.add(a.equals("game") ? game.toString() : a);
            }
            int repeat = c.startsWith("brink wargame turn") ? 4 : 1; // "four turns"
            for (int i = 0; i < repeat; i++) {
                CliTest.Result r = brink(args.toArray(String[]::new));
                assertEquals(0, r.exit(), c + ": " + r.err());
            }
        }
        assertTrue(Files.isRegularFile(game.resolve("turn-04/report.html")), "four quarterly turns played");
        assertTrue(Files.isRegularFile(game.resolve("debrief/report.html")), "the debrief");
        assertTrue(Files.isRegularFile(game.resolve("counterfactual-without-DPRK/comparison.csv")), "the counterfactual");
    }
}
