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
        turn(1, false);
        fill(game, 2, "US", moves("    freedom-shield: 1 ", "    freedom-shield: 0.5 "));
        fill(game, 2, "DPRK", copiedSplitExample(game, 2, "DPRK"));
        fill(game, 2, "ROK", moves("  talks: 0", "  talks: 1"));
        turn(2, false);
        fill(game, 3, "US", moves("  show-of-force: 0", "  show-of-force: 2"));
        fill(game, 3, "Japan", moves("  japan-talks: 0", "  japan-talks: 1", "    missile: 1 ", "    missile: 2 "));
        fill(game, 3, "DPRK", moves("  nuclear-threat: 0", "  nuclear-threat: 1"));
        turn(3, false);
        for (int t = 4; t <= 12; t++) {
            if (t == 6) {
                fill(game, 6, "ROK", moves("  rok-live-fire: 0", "  rok-live-fire: 1"));
                fill(game, 6, "DPRK", moves("    shells-to-russia: 1 ", "    shells-to-russia: 0.5 "));
            }
            if (t == 8) {
                fill(game, 8, "ROK", moves("    ulchi-freedom-shield: 1 ", "    ulchi-freedom-shield: 0 "));
                fill(game, 8, "US", moves("  us-talks: 0", "  us-talks: 1"));
            }
            turn(t, t == 12); // the last turn with its charts, as a class would see it
        }
        history = Files.readAllLines(game.resolve("turn-12/run/events.csv")).stream().filter(l -> l.startsWith("0,")).toList();
    }

    private void turn(int t, boolean charts) {
        CliTest.Result r = charts ? brink("wargame", "turn", game.toString()) : brink("wargame", "turn", game.toString(), "--no-charts");
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
    void theWhiteCellOpensWithWhatEachTeamOrderedAndTellsCertainFromRare() throws Exception {
        String report = Files.readString(game.resolve("turn-01/report.html"));
        int summary = report.indexOf("id=\"summary\"");
        assertTrue(summary > 0 && summary < report.indexOf("<h2>"), "the paragraph comes first");
        String paragraph = report.substring(summary, report.indexOf("</div>", summary));
        for (String said : List.of("North Korea: 2 missile test events (missile-test); missile production x1.5",
                "United States: 1 statement (us-warning); theatre commitment x1.5", "South Korea: 1 statement (rok-warning); budget x1.1",
                "Japan: 1 intercept posture (japan-intercept-order); budget x1.15", "The ladder ")) {
            assertTrue(paragraph.contains(said), said + " in: " + paragraph);
        }
        // the game had no war, and no replication of the same moves had one: certain, not rare
        String certain = report.substring(report.indexOf("id=\"certain\""));
        assertTrue(certain.contains("Probability of conventional war within 31 days: no"), certain);
        assertFalse(report.contains("at the end of year 1"), "a 31-day turn does not speak of year ends");
    }

    @Test
    void theLastTurnsReportAndTheDebriefFitThePageWithTheirLegends() throws Exception {
        Path last = game.resolve("turn-12/report.html");
        String report = Files.readString(last);
        assertTrue(report.contains("id=\"ladder-turn\"") && report.contains("id=\"ladder-game\"") && report.contains("viewBox="),
                "the ladder day by day, scalable");
        assertTrue(Files.isRegularFile(game.resolve("turn-12/charts/ladder-turn.png")));
        CliTest.Result d = brink("wargame", "debrief", game.toString());
        assertEquals(0, d.exit(), d.err());
        Path debrief = game.resolve("debrief/report.html");
        String text = Files.readString(debrief);
        assertTrue(text.contains("id=\"timeline\"") && text.contains("Turning points") && text.contains("id=\"ladder-game\""), text);
        for (int t = 1; t <= 12; t++) {
            assertTrue(text.contains("<tr><td>" + t + "<br>"), "turn " + t + " in the timeline");
        }
        assertTrue(text.contains("Set off by the order of team"), "a turning point traced to a team's order");
        org.junit.jupiter.api.Assumptions.assumeTrue(brink.Chromium.installed(), "Debian's chromium is installed by .ci/run");
        for (Path page : List.of(last, debrief)) {
            for (int width : new int[] {1024, 1600}) {
                String m = brink.Chromium.chartTextsOutside(page, dir, width, "escalation ladder: the game");
                assertTrue(m.contains(" outside=0 ") && !m.contains("legends=0") && !m.startsWith("texts=0"),
                        page.getFileName() + " at " + width + " px: " + m);
            }
        }
    }

    @Test
    void theCounterfactualReplaysTheGameWithATeamPlayedByTheModel() throws Exception {
        CliTest.Result r = brink("wargame", "counterfactual", game.toString(), "--without", "US:6", "--reps", "20", "--no-charts");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("In the game itself (replication 0 of both)") && r.out().contains("paired differences"), r.out());
        Path folder = game.resolve("counterfactual-without-US-from-turn-6");
        List<String> played = Files.readAllLines(folder.resolve("as-played/events.csv")).stream().filter(l -> l.startsWith("0,")).toList();
        List<String> without = Files.readAllLines(folder.resolve("without-US-from-turn-6/events.csv")).stream()
                .filter(l -> l.startsWith("0,")).toList();
        assertEquals(history, played, "replication 0 as played is the game's own history");
        List<String> before = played.stream().filter(l -> l.split(",")[2].compareTo("2025-06-01") < 0).toList();
        assertEquals(before, without.subList(0, before.size()), "the same history until the US is handed to the model");
        assertFalse(without.stream().anyMatch(l -> l.contains(",2025-08-16,US,") && l.contains(",talks,")),
                "the US's later orders are gone: " + String.join("\n", without));
        assertTrue(without.stream().anyMatch(l -> l.contains(",wg-t6-US-model-plays-show-of-force,")),
                "the model plays the US from turn 6 on");
        assertTrue(Files.readString(folder.resolve("comparison.csv")).startsWith("outcome,label,unit,headline,scenario,reference,value,"));
        CliTest.Result bad = brink("wargame", "counterfactual", game.toString(), "--without", "USA:3");
        assertTrue(bad.exit() == 2 && bad.err().contains("'USA' is not a team of this game, did you mean 'US'?"), bad.err());
        CliTest.Result late = brink("wargame", "counterfactual", game.toString(), "--without", "US:13");
        assertTrue(late.exit() == 2 && late.err().contains("turn 13 is not an adjudicated turn (1 to 12)"), late.err());
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
        // one estimate per force: its stock and its part in the theatre are off by the same factor
        Matcher m = Pattern.compile("<td>United States</td><td>naval</td><td>([0-9,]+) to ([0-9,]+) \\(estimate\\)</td><td>([0-9,]+) to "
                + "([0-9,]+) \\(estimate\\)</td>").matcher(dprk);
        assertTrue(m.find(), dprk);
        assertTrue(Double.parseDouble(m.group(1).replace(",", "")) >= Double.parseDouble(m.group(3).replace(",", "")),
                "the stock's range is above the theatre's: " + m.group());
        // acts on the ladder are public, another team's policy orders are not
        String dprk2 = Files.readString(game.resolve("turn-02/brief-DPRK.html"));
        assertFalse(dprk2.contains("wg-t1-US-commitment"), "the US's commitment order is not in the DPRK's brief");
        assertTrue(dprk2.contains("wg-t1-DPRK-production-missile"), "its own order is");
        assertTrue(dprk2.contains("United States: statement aimed at North Korea"), "the US warning is public");
    }
}
