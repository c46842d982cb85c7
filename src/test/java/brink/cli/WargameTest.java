package brink.cli;

import static brink.cli.CliTest.brink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import brink.model.LoggedEvent;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import brink.wargame.Adjudication;
import brink.wargame.Game;
import brink.wargame.GameFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seminar wargame on the three-actor test theatre: RED and BLUE are teams, GREEN follows the model. Three turns
 * with fixed sheets give fixed events on the days ordered, replay gives the same history, a bad sheet stops the turn,
 * and an untouched sheet of an actor that starts no events of its own leaves the model's history as it is.
 */
class WargameTest {
    @TempDir
    Path dir;

    private static String three() {
        return TestFiles.resource("three-actors.yaml").toString();
    }

    private Path newGame(String name, String teams) {
        Path game = dir.resolve(name);
        CliTest.Result r = brink("wargame", "new", three(), "--teams", teams, "--turn", "month", "--turns", "3", "--seed", "5",
                "--spread", "20", "--out", game.toString());
        assertEquals(0, r.exit(), r.err());
        return game;
    }

    private static void fill(Path game, int turn, String team, Map<String, String> replace) throws Exception {
        Path sheet = game.resolve(Game.folder(turn)).resolve("moves-" + team + ".yaml");
        String text = Files.readString(sheet);
        for (Map.Entry<String, String> e : replace.entrySet()) {
            assertTrue(text.contains(e.getKey()), sheet + " has " + e.getKey());
            text = text.replace(e.getKey(), e.getValue());
        }
        Files.writeString(sheet, text);
    }

    private Path playThreeTurns(String name) throws Exception {
        Path game = newGame(name, "RED,BLUE");
        fill(game, 1, "RED", Map.of("  test: 0", "  test: 2", "days: {}", "days: {test: [2025-01-10, 2025-01-20]}"));
        assertEquals(0, brink("wargame", "turn", game.toString(), "-q", "--no-charts").exit());
        fill(game, 2, "BLUE", Map.of("  talks: 0", "  talks: 1", "    armor: 1 ", "    armor: 2 "));
        assertEquals(0, brink("wargame", "turn", game.toString(), "-q", "--no-charts").exit());
        fill(game, 3, "RED", Map.of("  skirmish: 0", "  skirmish: 1"));
        CliTest.Result last = brink("wargame", "turn", game.toString(), "--no-charts");
        assertEquals(0, last.exit(), last.err());
        assertTrue(last.out().contains("the game is over"), last.out());
        return game;
    }

    @Test
    void threeTurnsWithFixedSheetsGiveFixedEventsAndReplayGivesTheSameHistory() throws Exception {
        Path game = playThreeTurns("g");
        List<String> history = Files.readAllLines(game.resolve("turn-03/run/events.csv"));
        // the orders, on their days: two tests on the days chosen, talks mid-February, a skirmish mid-March
        assertTrue(history.stream().anyMatch(l -> l.contains(",2025-01-10,RED,BLUE,missile test,")), String.join("\n", history));
        assertTrue(history.stream().anyMatch(l -> l.contains(",2025-01-20,RED,BLUE,missile test,")));
        assertTrue(history.stream().anyMatch(l -> l.contains(",2025-02-15,BLUE,RED,talks,")), "one talks spread over February");
        assertTrue(history.stream().anyMatch(l -> l.contains(",2025-03-16,RED,BLUE,border skirmish,")), "one skirmish over March");
        // earlier turns never change: turn 1's history is the start of turn 3's
        List<String> first = Files.readAllLines(game.resolve("turn-01/run/events.csv"));
        assertEquals(first, history.subList(0, first.size()));
        // the same sheets and seed, the same game
        Path again = playThreeTurns("again");
        assertEquals(history, Files.readAllLines(again.resolve("turn-03/run/events.csv")));
        CliTest.Result r = brink("wargame", "replay", game.toString(), "--out", dir.resolve("replayed").toString(), "-q", "--no-charts");
        assertEquals(0, r.exit(), r.err());
        for (int t = 1; t <= 3; t++) {
            assertEquals(Files.readAllLines(game.resolve(Game.folder(t)).resolve("run/events.csv")),
                    Files.readAllLines(dir.resolve("replayed").resolve(Game.folder(t)).resolve("run/events.csv")), "turn " + t);
        }
        CliTest.Result over = brink("wargame", "turn", game.toString());
        assertTrue(over.exit() == 2 && over.err().contains("is over"), over.err());
        CliTest.Result luck = brink("wargame", "counterfactual", game.toString(), "--reps", "30", "--no-charts");
        assertEquals(0, luck.exit(), luck.err());
        assertTrue(luck.out().contains("as extreme") && Files.exists(game.resolve("counterfactual/runs.csv")), luck.out());
    }

    @Test
    void aBadSheetStopsTheTurnWithItsLine() throws Exception {
        Path game = newGame("bad", "RED,BLUE");
        Path sheet = game.resolve("turn-01/moves-RED.yaml");
        String good = Files.readString(sheet);
        String[][] cases = {
            {"  test: 0", "  tset: 1", "events.tset: 'tset' is not an event RED starts, did you mean 'test'?"},
            {"  test: 0", "  test: 40", "events.test: must be from 0 to 31, got 40"},
            {"days: {}", "days: {test: [2025-02-03]}", "days.test[0]: 2025-02-03 is not in this turn"},
            {"  budgetSplit: {}", "  budgetSplit: {armor: 0.5, missile: 0.2}", "actions.budgetSplit: the shares add up to 0.700"},
            {"team: RED", "team: BLUE", "team: this is RED's sheet, not BLUE's"},
            {"  commitment: 1", "  commitment: 9", "actions.commitment: out of range"},
        };
        for (String[] c : cases) {
            Files.writeString(sheet, good.replace(c[0], c[1]));
            CliTest.Result r = brink("wargame", "turn", game.toString());
            assertEquals(2, r.exit(), c[1]);
            int line = List.of(good.replace(c[0], c[1]).split("\n")).indexOf(c[1]) + 1;
            assertTrue(r.err().contains("moves-RED.yaml:" + line + ":") && r.err().contains(c[2]), c[1] + " -> " + r.err());
            assertTrue(r.err().contains("was not adjudicated"), r.err());
            assertFalse(Files.exists(game.resolve("turn-01/report.html")), "the turn did not advance");
        }
    }

    @Test
    void anUntouchedSheetOfAnActorWithoutEventsOfItsOwnLeavesTheModelsHistory() throws Exception {
        // GREEN starts no events of its own (it only has forces and a budget): with its sheet as written, the game is the
        // model's own play. (RED's or BLUE's untouched sheet would differ: their rate events would not happen.)
        Path game = newGame("green", "GREEN");
        assertEquals(0, brink("wargame", "turn", game.toString(), "-q", "--no-charts").exit());
        Game g = GameFolder.game(game);
        Scenario plain = ScenarioLoader.load(TestFiles.resource("three-actors.yaml"));
        List<LoggedEvent> model = Adjudication.history(plain.withYears(yearsThrough(g)), g).log();
        List<LoggedEvent> played = Adjudication.history(Adjudication.scenario(g, GameFolder.scenario(game, g),
                Map.of(1, Map.of("GREEN", brink.scenario.MoveSheetLoader.load(game.resolve("turn-01/moves-GREEN.yaml"), "x").sheet())),
                1), g).log();
        assertEquals(model, played);
        assertFalse(model.isEmpty(), "something happens in a month");
    }

    private static double yearsThrough(Game g) {
        return java.time.temporal.ChronoUnit.DAYS.between(g.start(), g.end(1)) / 365.25;
    }

    @Test
    void theWhiteCellsReportRendersInABrowser() throws Exception {
        Path game = newGame("report", "RED");
        fill(game, 1, "RED", Map.of("  test: 0", "  test: 3"));
        assertEquals(0, brink("wargame", "turn", game.toString(), "-q").exit());
        String html = Files.readString(game.resolve("turn-01/report.html"));
        assertTrue(html.contains("<h2>What happened this turn") && html.contains("How unusual was this turn?") && html.contains("<svg"));
        assertTrue(Files.readString(game.resolve("turn-02/brief-RED.html")).contains("Last turn"), "the next brief");
        if (brink.Chromium.installed()) {
            String dom = brink.Chromium.dom(game.resolve("turn-01/report.html"), dir);
            assertTrue(dom.contains("white cell, turn 1 of 3") && dom.contains("<svg"), "loaded in Chromium");
            java.awt.image.BufferedImage img = brink.Chromium.screenshot(game.resolve("turn-01/report.html"), dir, 1100, 3000);
            long coloured = brink.Chromium.colouredSamples(img, 250);
            assertTrue(coloured > 150, "the ladder chart is drawn: " + coloured + " coloured samples");
            String m = brink.Chromium.chartTextsOutside(game.resolve("turn-01/report.html"), dir, 1100, "escalation ladder: the game");
            assertTrue(m.contains(" outside=0 ") && m.endsWith("legends=1"), "the chart and its legend fit the page: " + m);
        }
    }

    @Test
    void oneStudentPlaysInTheTerminal() throws Exception {
        Path game = dir.resolve("solo");
        // turn 1: two tests, no threats... then q before turn 2
        WargamePlay.input = new java.io.BufferedReader(new java.io.StringReader("2\n\n\n\n1.5\n\nq\n"));
        CliTest.Result r = brink("wargame", "play", three(), "--as", "RED", "--turns", "2", "--out", game.toString(), "--no-charts");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("How many missile test aimed at BLUE this turn?") && r.out().contains("What happened:"), r.out());
        assertTrue(r.out().contains("Stopped before turn 2 of 2"), r.out());
        assertTrue(Files.exists(game.resolve("turn-01/report.html")));
        assertTrue(Files.readString(game.resolve("turn-01/moves-RED.yaml")).contains("test: 2"));
        // continued later: the rest of the game
        WargamePlay.input = new java.io.BufferedReader(new java.io.StringReader("\n\n\n\n\n\n"));
        CliTest.Result rest = brink("wargame", "play", three(), "--as", "RED", "--turns", "2", "--out", game.toString(), "--no-charts");
        assertEquals(0, rest.exit(), rest.err());
        assertTrue(rest.out().contains("The game is over"), rest.out());
    }

    @Test
    void mistakesAtTheStart() {
        CliTest.Result r = brink("wargame", "new", three(), "--teams", "RDE", "--out", dir.resolve("x").toString());
        assertTrue(r.exit() == 2 && r.err().contains("did you mean 'RED'?"), r.err());
        CliTest.Result t = brink("wargame", "turn", dir.toString());
        assertTrue(t.exit() == 2 && t.err().contains("is not a game folder"), t.err());
    }

    @Test
    void briefsShowWhatTheScenarioLetsATeamSee() throws Exception {
        Path scenario = TestFiles.write(dir, "seen.yaml", Files.readString(TestFiles.resource("three-actors.yaml")) + """

                visibility:
                  RED: [GREEN]
                """);
        Path game = dir.resolve("seen");
        assertEquals(0, brink("wargame", "new", scenario.toString(), "--teams", "RED,BLUE", "--turns", "2", "--fog", "hidden",
                "--out", game.toString()).exit());
        String red = Files.readString(game.resolve("turn-01/brief-RED.html"));
        String blue = Files.readString(game.resolve("turn-01/brief-BLUE.html"));
        assertTrue(red.contains("<td>Blue</td><td colspan=\"5\">not visible to you</td>"), "RED does not see BLUE: " + red);
        assertTrue(red.contains("<td>Green</td><td>armor</td>"), "RED sees GREEN");
        assertFalse(blue.contains("not visible"), "visibility does not list BLUE: it sees everyone");
        // the default fog: what visibility hides is an estimate, a range that holds the true number (BLUE sees it exactly)
        Path fog = dir.resolve("fog");
        assertEquals(0, brink("wargame", "new", scenario.toString(), "--teams", "RED,BLUE", "--turns", "2", "--out", fog.toString()).exit());
        String estimated = Files.readString(fog.resolve("turn-01/brief-RED.html"));
        java.util.regex.Matcher truth = java.util.regex.Pattern.compile("<td>Blue</td><td>armor</td><td>([0-9,]+)</td>")
                .matcher(Files.readString(fog.resolve("turn-01/brief-BLUE.html")));
        assertTrue(truth.find(), "BLUE sees its own armour exactly, in whole units");
        java.util.regex.Matcher range = java.util.regex.Pattern.compile("<td>Blue</td><td>armor</td><td>([0-9,]+) to ([0-9,]+) \\(estimate\\)</td>")
                .matcher(estimated);
        assertTrue(range.find(), "RED sees an estimate of BLUE's armour: " + estimated);
        double t = Double.parseDouble(truth.group(1).replace(",", ""));
        double lo = Double.parseDouble(range.group(1).replace(",", ""));
        double hi = Double.parseDouble(range.group(2).replace(",", ""));
        assertTrue(lo <= t && t <= hi && hi > lo, lo + " to " + hi + " holds " + t);
        assertTrue(estimated.contains("<td>Green</td><td>armor</td><td>") && !estimated.contains("Green</td><td>armor</td><td>not"),
                "RED sees GREEN exactly");
        Path clear = dir.resolve("clear");
        assertEquals(0, brink("wargame", "new", scenario.toString(), "--teams", "RED,BLUE", "--turns", "2", "--fog", "none",
                "--out", clear.toString()).exit());
        assertFalse(Files.readString(clear.resolve("turn-01/brief-RED.html")).contains("estimate"), "no fog: every force exactly");
        CliTest.Result wrongFog = brink("wargame", "new", scenario.toString(), "--teams", "RED", "--fog", "thick", "--out",
                dir.resolve("never").toString());
        assertTrue(wrongFog.exit() == 2 && wrongFog.err().contains("--fog: the fog is estimates, hidden or none, not thick"), wrongFog.err());
        Path bad = TestFiles.write(dir, "bad-seen.yaml", Files.readString(TestFiles.resource("three-actors.yaml")) + """

                visibility:
                  RED: [GRENE]
                """);
        CliTest.Result r = brink("validate", bad.toString());
        assertTrue(r.exit() == 2 && r.err().contains("visibility.RED[0]: unknown actor 'GRENE', did you mean 'GREEN'?"), r.err());
    }

    /** game.yaml is checked like wargame new's options, a replay never lands in the game, and an adjudicated sheet is frozen. */
    @Test
    void theGameFolderIsCheckedAndItsPlayedTurnsAreFrozen() throws Exception {
        Path game = newGame("frozen", "RED,BLUE");
        fill(game, 1, "RED", Map.of("  test: 0", "  test: 2"));
        assertEquals(0, brink("wargame", "turn", game.toString(), "-q", "--no-charts").exit());
        Path yaml = game.resolve("game.yaml");
        String sound = Files.readString(yaml);
        for (String[] c : new String[][] {{"spreadReplications: 20", "spreadReplications: 0", "spreadReplications: must be from 1 to"},
            {"spreadReplications: 20", "spreadReplications: 100000000", "spreadReplications: must be from 1 to"},
            {"turns: 3", "turns: 2147483647", "turns: must be from 1 to 520"}}) {
            assertTrue(sound.contains(c[0]), sound);
            Files.writeString(yaml, sound.replace(c[0], c[1]));
            CliTest.Result r = brink("wargame", "turn", game.toString(), "--no-charts");
            assertTrue(r.exit() == 2 && r.err().contains("game.yaml is damaged: " + c[2]) && !r.err().contains("Exception"), r.err());
        }
        Files.writeString(yaml, sound);
        // a replay beside the game, never into it
        for (Path into : List.of(game, game.resolve("turn-02"), dir)) {
            CliTest.Result r = brink("wargame", "replay", game.toString(), "--out", into.toString(), "--no-charts");
            assertTrue(r.exit() == 2 && r.err().contains("a replay is written beside the game"), into + ": " + r.err());
        }
        String next = Files.readString(game.resolve("turn-02/moves-RED.yaml"));
        // an adjudicated turn's sheet is frozen: an edit is refused with the turn and the file named
        Path played = game.resolve("turn-01/moves-RED.yaml");
        String asPlayed = Files.readString(played);
        Files.writeString(played, asPlayed.replace("  test: 2", "  test: 9"));
        CliTest.Result edited = brink("wargame", "turn", game.toString(), "--no-charts");
        assertTrue(edited.exit() == 2 && edited.err().contains("turn-01/moves-RED.yaml") && edited.err().contains("turn 1 was adjudicated "
                + "with another moves-RED.yaml"), edited.err());
        assertEquals(2, brink("wargame", "replay", game.toString(), "--out", dir.resolve("r").toString(), "--no-charts").exit(),
                "replay refuses the edited sheet too");
        Files.writeString(played, asPlayed);
        assertEquals(0, brink("wargame", "turn", game.toString(), "-q", "--no-charts").exit(), "put back, the game goes on");
        assertEquals(next, Files.readString(game.resolve("turn-02/moves-RED.yaml")), "the next turn's sheet was never touched");
    }
}
