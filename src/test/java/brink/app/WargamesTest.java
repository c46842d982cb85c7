package brink.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.cli.BrinkCommand;
import brink.scenario.ScenarioException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wargame's turns as a service, on a game on the shipped baseline: a turn adjudicated from Java as
 * {@code brink wargame turn} does, a bad sheet stopping it with its place, and two requests for the same turn
 * (two clicks) adjudicating it once.
 */
class WargamesTest {
    @TempDir
    Path dir;

    private Path game() {
        Path g = dir.resolve("game");
        StringWriter err = new StringWriter();
        int exit = BrinkCommand.execute(new String[] {"wargame", "new", "scenarios/baseline.yaml", "--teams", "DPRK,US", "--turn", "month",
                "--turns", "3", "--spread", "5", "--out", g.toString()}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(0, exit, err.toString());
        return g;
    }

    @Test
    void aTurnIsAdjudicatedOnceEvenIfTwoRequestsArrive() throws Exception {
        Path g = game();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> clicks = List.of(
                    pool.submit(() -> adjudicateOrRefused(g)), pool.submit(() -> adjudicateOrRefused(g)));
            int done = 0;
            int refused = 0;
            for (Future<Object> f : clicks) {
                Object r = f.get();
                if (r instanceof Wargames.Adjudicated a) {
                    assertEquals(1, a.turn());
                    done++;
                } else {
                    assertTrue(r.toString().contains("turn 1") || r.toString().contains("in use"), r.toString());
                    refused++;
                }
            }
            assertEquals(1, done, "adjudicated once");
            assertEquals(1, refused);
        } finally {
            pool.shutdownNow();
        }
        assertTrue(Files.isRegularFile(g.resolve("turn-01/report.html")));
        assertTrue(Files.isRegularFile(g.resolve("turn-02/moves-US.yaml")));
        assertTrue(Files.notExists(g.resolve("turn-03")), "turn 2 was not adjudicated by the second click");
        // a click that arrives after the turn was adjudicated (the page not yet refreshed) is refused, not taken for turn 2
        Object late = adjudicateOrRefused(g);
        assertEquals("turn 1 of " + g + " was already adjudicated", late);
        assertTrue(Files.notExists(g.resolve("turn-03")));
    }

    private static Object adjudicateOrRefused(Path g) throws Exception {
        try {
            return Wargames.adjudicate(g, 1, 1, false, List.of("test"), () -> false);
        } catch (Refused e) {
            return e.getMessage();
        }
    }

    @Test
    void aBadSheetStopsTheTurnWithItsPlace() throws Exception {
        Path g = game();
        Path sheet = g.resolve("turn-01/moves-DPRK.yaml");
        Files.writeString(sheet, Files.readString(sheet) + "\nbudget: 9\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Wargames.adjudicate(g, 1, false, List.of("test"), () -> false));
        assertTrue(e.problems().get(0).toString().contains("moves-DPRK.yaml"), e.problems().toString());
        assertTrue(Files.notExists(g.resolve("turn-01/report.html")), "the turn did not advance");
        Refused over = assertThrows(Refused.class, () -> Wargames.game(dir));
        assertTrue(over.getMessage().contains("game.yaml") || over.getMessage().contains(dir.toString()), over.getMessage());
    }
}
