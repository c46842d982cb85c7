package brink.cli;

import static brink.cli.CliTest.brink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.wargame.Game;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of the seminar wargame on the shipped baseline: four teams (DPRK, US, ROK, Japan), twelve monthly
 * turns; every team changes at least one policy factor and orders at least one event of its own; the US and ROK scale
 * down and cancel an exercise; the DPRK copies the budget split its sheet shows as an example. Every turn adjudicates,
 * the orders are in the history on their days, and a replay gives the same history. The game is played once and
 * shared by the tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BaselineWargameTest {
    @TempDir
    static Path dir;
    private Path game;
    private List<String> history;

    private static void fill(Path game, int turn, String team, Map<String, String> replace) throws Exception {
        Path sheet = game.resolve(Game.folder(turn)).resolve("moves-" + team + ".yaml");
        String text = Files.readString(sheet);
        for (Map.Entry<String, String> e : replace.entrySet()) {
            assertTrue(text.contains(e.getKey()), sheet + " has " + e.getKey() + ":\n" + text);
            text = text.replace(e.getKey(), e.getValue());
        }
        Files.writeString(sheet, text);
    }

    private static Map<String, String> moves(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** The budget split the sheet shows as an example, uncommented: the example must be valid input. */
    private static Map<String, String> copiedSplitExample(Path game, int turn, String team) throws Exception {
        String text = Files.readString(game.resolve(Game.folder(turn)).resolve("moves-" + team + ".yaml"));
        Matcher m = Pattern.compile("(?m)^  #   budgetSplit: (\\{.*\\})$").matcher(text);
        assertTrue(m.find(), "the sheet shows the present split as an example");
        // move towards missiles, keeping the example's form: the first share up, the second down by the same
        return moves("  budgetSplit: {}", "  budgetSplit: " + m.group(1));
    }

    @BeforeAll
    void playTwelveTurns() throws Exception {
        game = dir.resolve("seminar");
        CliTest.Result created = brink("wargame", "new", "scenarios/baseline.yaml", "--teams", "DPRK,US,ROK,Japan", "--turn", "month",
                "--turns", "12", "--seed", "11", "--spread", "10", "--out", game.toString());
        assertEquals(0, created.exit(), created.err());
        fill(game, 1, "DPRK", moves("  missile-test: 0", "  missile-test: 2", "    missile: 1 ", "    missile: 1.5 "));
        fill(game, 1, "US", moves("  us-warning: 0", "  us-warning: 1", "  commitment: 1\n", "  commitment: 1.5\n"));
        fill(game, 1, "ROK", moves("  rok-warning: 0", "  rok-warning: 1", "  budget: 1\n", "  budget: 1.1\n"));
        fill(game, 1, "Japan", moves("  japan-intercept-order: 0", "  japan-intercept-order: 1", "  budget: 1\n", "  budget: 1.15\n"));
        turn(1);
        fill(game, 2, "US", moves("    freedom-shield: 1 ", "    freedom-shield: 0.5 "));
        fill(game, 2, "DPRK", copiedSplitExample(game, 2, "DPRK"));
        fill(game, 2, "ROK", moves("  talks: 0", "  talks: 1"));
        turn(2);
        fill(game, 3, "US", moves("  show-of-force: 0", "  show-of-force: 2"));
        fill(game, 3, "Japan", moves("  japan-talks: 0", "  japan-talks: 1", "    missile: 1 ", "    missile: 2 "));
        fill(game, 3, "DPRK", moves("  nuclear-threat: 0", "  nuclear-threat: 1"));
        turn(3);
        for (int t = 4; t <= 12; t++) {
            if (t == 6) {
                fill(game, 6, "ROK", moves("  rok-live-fire: 0", "  rok-live-fire: 1"));
                fill(game, 6, "DPRK", moves("    shells-to-russia: 1 ", "    shells-to-russia: 0.5 "));
            }
            if (t == 8) {
                fill(game, 8, "ROK", moves("    ulchi-freedom-shield: 1 ", "    ulchi-freedom-shield: 0 "));
                fill(game, 8, "US", moves("  us-talks: 0", "  us-talks: 1"));
            }
            turn(t);
        }
        history = Files.readAllLines(game.resolve("turn-12/run/events.csv")).stream().filter(l -> l.startsWith("0,")).toList();
    }

    private void turn(int t) {
        CliTest.Result r = brink("wargame", "turn", game.toString(), "--no-charts");
        assertEquals(0, r.exit(), "turn " + t + ": " + r.err());
        assertTrue(Files.isRegularFile(game.resolve(Game.folder(t)).resolve("report.html")), "turn " + t + " adjudicated");
    }

    private boolean happened(String date, String actor, String type) {
        return history.stream().anyMatch(l -> l.contains("," + date + "," + actor + ",") && l.contains("," + type + ","));
    }

    @Test
    void everyTeamsOrdersAreInTheHistoryOnTheirDays() {
        // a count is spread evenly over the turn: two tests in January fall on the 8th and the 24th
        assertTrue(happened("2025-01-08", "DPRK", "missile test") && happened("2025-01-24", "DPRK", "missile test"),
                String.join("\n", history));
        assertTrue(happened("2025-01-16", "US", "statement"), "the US warning");
        assertTrue(happened("2025-01-16", "ROK", "statement"), "the ROK warning");
        assertTrue(happened("2025-01-16", "Japan", "intercept posture"), "Japan's destroy order");
        assertTrue(happened("2025-02-15", "ROK", "talks"), "ROK talks");
        assertTrue(happened("2025-03-08", "US", "show of force") && happened("2025-03-24", "US", "show of force"), "US shows of force");
        assertTrue(happened("2025-03-16", "Japan", "talks"), "Japan's talks");
        assertTrue(happened("2025-03-16", "DPRK", "nuclear threat"), "the DPRK's nuclear threat");
        assertTrue(happened("2025-06-16", "ROK", "live-fire drill"), "the ROK's live-fire drill");
        assertTrue(happened("2025-08-16", "US", "talks"), "US talks");
        for (String policy : List.of("wg-t1-DPRK-production-missile", "wg-t1-US-commitment", "wg-t1-ROK-budget", "wg-t1-Japan-budget",
                "wg-t2-DPRK-budget-split", "wg-t3-Japan-production-missile", "wg-t6-DPRK-transfer-shells-to-russia",
                "wg-t2-US-exercise-freedom-shield", "wg-t8-ROK-exercise-ulchi-freedom-shield")) {
            assertTrue(history.stream().anyMatch(l -> l.contains("," + policy + ",")), policy + " is in the history");
        }
    }

    @Test
    void exercisesAreScaledDownAndCancelledAsOrdered() {
        assertTrue(history.stream().anyMatch(l -> l.contains(",2025-03-10,") && l.contains("exercise begins")
                && l.contains("scaled down: intensity 0.5")), "Freedom Shield held at half intensity: " + String.join("\n", history));
        assertFalse(history.stream().anyMatch(l -> l.contains(",2025-08-18,") && l.contains("exercise begins")),
                "Ulchi Freedom Shield cancelled");
        assertFalse(history.stream().anyMatch(l -> l.contains(",2025-03-10,") && l.contains("exercise begins")
                && l.contains(",1,3,")), "a scaled-down exercise does not by itself take the ladder from rhetoric to shows of force");
    }

    @Test
    void laterSheetsShowTheIntensityInForce() throws Exception {
        String us = Files.readString(game.resolve("turn-03/moves-US.yaml"));
        assertTrue(us.contains("    freedom-shield: 0.5 "), us);
        String rok = Files.readString(game.resolve("turn-09/moves-ROK.yaml"));
        assertTrue(rok.contains("    ulchi-freedom-shield: 0 "), rok);
    }

    @Test
    void aReplayGivesTheSameHistory() throws Exception {
        Path replayed = dir.resolve("replayed");
        CliTest.Result r = brink("wargame", "replay", game.toString(), "--out", replayed.toString(), "--no-charts", "-q");
        assertEquals(0, r.exit(), r.err());
        for (int t = 1; t <= 12; t++) {
            Path f = Path.of(Game.folder(t), "run", "events.csv");
            assertEquals(Files.readAllLines(game.resolve(f)), Files.readAllLines(replayed.resolve(f)), "turn " + t);
        }
    }

    @Test
    void briefsShowOwnForcesExactlyAndAdversariesAsEstimates() throws Exception {
        String dprk = Files.readString(game.resolve("turn-05/brief-DPRK.html"));
        assertTrue(dprk.contains("<td>United States</td><td>armor</td>") && dprk.contains("(estimate)"), "the US as estimates");
        assertTrue(Pattern.compile("<td>North Korea</td><td>armor</td><td>[0-9,]+</td>").matcher(dprk).find(), "its own tanks exactly");
        assertFalse(Pattern.compile("<td>North Korea</td><td>armor</td><td>[0-9,]*\\.[0-9]").matcher(dprk).find(), "whole tanks");
        String us = Files.readString(game.resolve("turn-05/brief-US.html"));
        assertTrue(Pattern.compile("<td>South Korea</td><td>armor</td><td>[0-9,]+</td>").matcher(us).find(), "allies exactly");
        assertTrue(us.contains("<td>North Korea</td><td>armor</td><td>") && us.contains("(estimate)"), "the DPRK as estimates");
    }
}
