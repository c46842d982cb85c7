package brink.cli;

import brink.output.OutputFolder;
import brink.scenario.Problem;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Loading scenarios and opening output folders the way every command reports problems. */
final class Scenarios {
    private Scenarios() {
    }

    /** The most problems printed for one file: past that, one more line counts the rest. */
    static final int MAX_PROBLEMS_SHOWN = 30;

    /** The scenario, over {@code years} if given; or null after printing one line per problem. */
    static Scenario load(Path file, Double years, ExtendsOption access, PrintWriter err) {
        return load(file, years, access, (SetOption) null, err);
    }

    /** The same with the {@code --set} overrides (null: none). */
    static Scenario load(Path file, Double years, ExtendsOption access, SetOption set, PrintWriter err) {
        return load(file, years, access, set == null ? List.of() : set.settings(), err);
    }

    static Scenario load(Path file, Double years, ExtendsOption access, List<brink.scenario.Setting> settings, PrintWriter err) {
        try {
            Scenario s = ScenarioLoader.load(file, access != null && access.anywhere, settings);
            if (years == null) {
                return s;
            }
            Scenario shorter = s.withYears(years);
            java.time.LocalDate lastDay = shorter.start().plusDays(shorter.days() - 1L);
            List<String> left = brink.scenario.Horizon.beyond(s.spec(), lastDay);
            if (!left.isEmpty()) {
                err.println("brink: note: --years " + brink.scenario.Setting.number(years) + " ends the run on " + lastDay + "; "
                        + left.size() + " dated " + (left.size() == 1 ? "entry" : "entries") + " of " + file.getFileName()
                        + (left.size() == 1 ? " falls after it and does" : " fall after it and do") + " not happen: " + String.join(", ", left.subList(0, Math.min(6, left.size())))
                        + (left.size() > 6 ? " and " + (left.size() - 6) + " more" : ""));
            }
            return shorter;
        } catch (ScenarioException e) {
            printProblems(e, err);
            return null;
        }
    }


    static void printProblems(ScenarioException e, PrintWriter err) {
        List<Problem> ps = e.problems();
        for (int i = 0; i < Math.min(ps.size(), MAX_PROBLEMS_SHOWN); i++) {
            err.println(ps.get(i));
        }
        if (ps.size() > MAX_PROBLEMS_SHOWN) {
            err.println("... and " + (ps.size() - MAX_PROBLEMS_SHOWN) + " more problems in " + ps.get(0).location().file());
        }
    }

    /** What an interrupted run tells the user; the exit code of an interrupted command. */
    static int interrupted(PrintWriter err, java.io.InterruptedIOException e, Path dir) {
        err.println("brink: " + e.getMessage() + "; nothing was written, " + dir + " holds what it held before");
        return 130;
    }

    /** The command as the user typed it, for manifests. */
    static java.util.List<String> commandLine(picocli.CommandLine.Model.CommandSpec spec) {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("brink"));
        cmd.addAll(spec.commandLine().getParseResult().originalArgs());
        return cmd;
    }

    /** {@link brink.app.Charting#charts}, stopped by Ctrl-C. */
    static String charts(OutputFolder folder, List<String> runs, boolean comparison, boolean noCharts)
            throws java.io.InterruptedIOException, IOException {
        return brink.app.Charting.charts(folder, runs, comparison, noCharts, Interruption::requested);
    }

    /** {@link brink.app.Charting#sweepCharts}, stopped by Ctrl-C. */
    static String sweepCharts(OutputFolder folder, boolean noCharts) throws java.io.InterruptedIOException, IOException {
        return brink.app.Charting.sweepCharts(folder, noCharts, Interruption::requested);
    }

    /** Commits the folder unless the run was interrupted on the way (then nothing is committed). */
    static List<Path> commit(OutputFolder folder) throws IOException {
        if (Interruption.requested()) {
            throw new java.io.InterruptedIOException("interrupted before the files were moved into place");
        }
        return folder.commit();
    }

    /** Tells the user that the charts failed while the data was written, and returns the exit code for it. */
    static int chartsFailed(PrintWriter err, String why, Path dir) {
        err.println("brink: the data files were written, but the charts could not be drawn (" + why + "); please report it; "
                + "brink chart " + dir + " tries again");
        return 1;
    }

    /** Opens (creating if needed) an output folder, or explains why it cannot be written, before any work starts. */
    static OutputFolder openFolder(Path dir) {
        if (dir.toString().isBlank()) {
            throw new UserError("--out needs a folder name, got an empty one");
        }
        try {
            return OutputFolder.open(dir);
        } catch (IOException e) {
            throw new UserError("cannot write to the output folder " + dir + ": " + e.getMessage());
        }
    }
}
