package brink.cli;

import brink.output.OutputFolder;
import brink.scenario.Problem;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Loading scenarios and opening output folders the way every command reports problems. */
final class Scenarios {
    private Scenarios() {
    }

    /** The scenario, over {@code years} if given; or null after printing one line per problem. */
    static Scenario load(Path file, Double years, PrintWriter err) {
        try {
            Scenario s = ScenarioLoader.load(file);
            return years == null ? s : s.withYears(years);
        } catch (ScenarioException e) {
            for (Problem p : e.problems()) {
                err.println(p);
            }
            return null;
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

    /**
     * Draws charts/ and report.html from a committed output folder, in a commit of their own: the data files are
     * already whole, whatever happens here.
     */
    static java.util.List<Path> drawCharts(Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        try (OutputFolder charts = openFolder(dir)) {
            brink.output.chart.ChartSet.draw(dir, charts);
            charts.commit();
            return java.util.List.of(dir.resolve("charts"), dir.resolve("report.html"));
        }
    }

    /**
     * After a data-only run (--no-charts) into a folder that had charts: removes them and report.html, which describe
     * the previous data; returns whether there was anything to remove.
     */
    static boolean removeStaleCharts(Path dir) throws IOException {
        return brink.output.chart.ChartSet.remove(dir);
    }

    /** Opens (creating if needed) an output folder, or explains why it cannot be written, before any work starts. */
    static OutputFolder openFolder(Path dir) {
        try {
            return OutputFolder.open(dir);
        } catch (IOException e) {
            throw new UserError("cannot write to the output folder " + dir + ": " + e.getMessage());
        }
    }
}
