package brink.app;

import brink.output.OutputFolder;
import brink.scenario.MoveSheetSpec;
import brink.scenario.Problem;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.wargame.Game;
import brink.wargame.GameFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A game folder's turns as a service: read the game, check the current turn's sheets, adjudicate it and commit the
 * folder in one step. What {@code brink wargame turn} does, and what a seminar-room server calls on the white cell's
 * button; the folder's lock makes a second adjudication wait its turn or be refused, never run twice at once.
 */
public final class Wargames {
    private Wargames() {
    }

    /** An adjudicated turn: its number, and why its charts could not be drawn (null: they were). */
    public record Adjudicated(int turn, boolean over, String chartsFailed) {
    }

    /** The game record of a folder; a folder that is not a game is refused. */
    public static Game game(Path dir) {
        try {
            return GameFolder.game(dir);
        } catch (IOException e) {
            throw new Refused(e.getMessage());
        }
    }

    /** The scenario the game was started on, as the game folder keeps it. */
    public static Scenario scenario(Path dir, Game g) {
        try {
            return GameFolder.scenario(dir, g);
        } catch (IOException | ScenarioException e) {
            throw new Refused(dir.resolve(GameFolder.SCENARIO) + " cannot be read back: " + e.getMessage());
        }
    }

    /** The game folder opened for writing (locked); one in use, or holding a link, is refused with the reason. */
    private static OutputFolder open(Path dir) {
        try {
            return OutputFolder.open(dir);
        } catch (IOException e) {
            throw new Refused("cannot write to the game folder " + dir + ": " + e.getMessage());
        }
    }

    /**
     * The game folder opened for writing, waiting while another request holds it (a team's sheet, an adjudication:
     * a few seconds) rather than refusing; refused after {@code patience}.
     */
    private static OutputFolder openWaiting(Path dir, java.time.Duration patience) throws IOException {
        long until = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                return OutputFolder.open(dir);
            } catch (IOException e) {
                boolean busy = String.valueOf(e.getMessage()).contains("in use");
                if (!busy || System.nanoTime() > until) {
                    throw new Refused("cannot write to the game folder " + dir + ": " + e.getMessage());
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while waiting for the game folder");
                }
            }
        }
    }

    /** Makes a turn killed while it was being written whole (all old or all new) before the game is read. */
    public static void recover(Path dir) throws IOException {
        if (OutputFolder.needsRecovery(dir)) {
            open(dir).close();
        }
    }

    /**
     * Adjudicates the game's current turn: every team's sheet of turns 1..t checked (a problem anywhere stops it, as a
     * {@link ScenarioException} naming file, line and field), then the turn written and committed.
     */
    public static Adjudicated adjudicate(Path dir, int threads, boolean charts, List<String> commandLine,
                                         java.util.function.BooleanSupplier interrupted) throws IOException, ScenarioException {
        return adjudicate(dir, 0, threads, charts, commandLine, interrupted);
    }

    /**
     * The same for turn {@code expected} only (0: whichever is current): a second request for a turn already adjudicated
     * (two clicks on the white cell's button) is refused instead of adjudicating the next one.
     */
    public static Adjudicated adjudicate(Path dir, int expected, int threads, boolean charts, List<String> commandLine,
                                         java.util.function.BooleanSupplier interrupted) throws IOException, ScenarioException {
        recover(dir);
        // the folder's lock is held from the reading of the sheets to the commit: a sheet submitted meanwhile waits
        try (OutputFolder folder = open(dir)) {
            Game g = game(dir);
            int t = GameFolder.currentTurn(dir, g);
            if (expected > 0 && t != expected) {
                throw new Refused(t > expected ? "turn " + expected + " of " + dir + " was already adjudicated" : "turn " + expected
                        + " of " + dir + " is not the current turn (" + t + ")");
            }
            if (t > g.turns()) {
                throw new Refused("the game in " + dir + " is over (" + g.turns() + " turns); brink wargame counterfactual " + dir
                        + " replays it against chance");
            }
            Scenario base = scenario(dir, g);
            List<Problem> problems = new ArrayList<>();
            Map<Integer, Map<String, MoveSheetSpec>> sheets = GameFolder.sheets(dir, g, base, t, problems);
            if (!problems.isEmpty()) {
                throw new ScenarioException(problems);
            }
            String failed = WargameTurns.adjudicate(folder, dir, g, base, sheets, t, g.spreadReplications(), threads, commandLine, charts,
                    interrupted);
            if (interrupted.getAsBoolean()) {
                throw new java.io.InterruptedIOException("interrupted before the files were moved into place");
            }
            folder.commit();
            return new Adjudicated(t, t >= g.turns(), failed);
        }
    }

    /** What a submitted sheet gave: the problems found in it (none: accepted and written). */
    public record Submitted(int turn, List<Problem> problems) {
        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    /**
     * A team's sheet for turn {@code turn}, as text, checked as {@code wargame turn} checks it and, if it has no problem,
     * written over the turn's move sheet (under the folder's lock, and only while that turn is the current one). A sheet
     * with problems is not written: the problems say where (their paths are the sheet's fields).
     */
    public static Submitted submit(Path dir, String team, int turn, String sheet) throws IOException {
        recover(dir);
        try (OutputFolder folder = openWaiting(dir, java.time.Duration.ofMinutes(2))) {
            Game g = game(dir);
            if (!g.teams().contains(team)) {
                throw new Refused(team + " is not a team of this game");
            }
            int t = GameFolder.currentTurn(dir, g);
            if (t != turn) {
                throw new Refused("turn " + turn + " is " + (t > turn ? "over: it was adjudicated" : "not open yet") + "; the current turn is "
                        + (t > g.turns() ? "none (the game is over)" : t));
            }
            Scenario base = scenario(dir, g);
            Path file = dir.resolve(Game.folder(t)).resolve(brink.wargame.Sheets.fileName(team));
            Path draft = java.nio.file.Files.createTempFile(dir.resolve(Game.folder(t)), ".draft-", ".yaml");
            try {
                java.nio.file.Files.writeString(draft, sheet);
                String shown = dir.resolve(Game.folder(t)).resolve(brink.wargame.Sheets.fileName(team)).toString();
                List<Problem> problems;
                try {
                    brink.scenario.MoveSheetLoader.Loaded loaded = brink.scenario.MoveSheetLoader.load(draft, shown);
                    problems = brink.wargame.Sheets.check(g, base.spec(), team, t, loaded);
                } catch (ScenarioException e) {
                    problems = e.problems();
                }
                if (problems.isEmpty()) {
                    java.nio.file.Files.move(draft, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
                return new Submitted(t, List.copyOf(problems));
            } finally {
                java.nio.file.Files.deleteIfExists(draft);
            }
        }
    }

}
