package brink.cli;

import brink.analysis.Checkpoint;
import brink.analysis.Design;
import brink.analysis.SampleResult;
import brink.analysis.SampleRunner;
import brink.analysis.Sweep;
import brink.output.OutputFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Running a design's samples into an output folder, as {@code sweep} and {@code calibrate} both do: continuing from
 * the folder's checkpoint with --resume, saying what it does, and turning an interruption or a refused sample into a
 * message and an exit code.
 */
final class DesignRun {
    static final String CHECKPOINT = ".brink-sweep-progress.csv";

    private DesignRun() {
    }

    /** The command ends here with this exit code (the message is printed). */
    static final class Stopped extends Exception {
        private static final long serialVersionUID = 1L;
        final int exit;

        Stopped(int exit) {
            super(null, null, false, false);
            this.exit = exit;
        }
    }

    /** What the samples carry: for the checkpoint's line width. */
    record Widths(int parameters, int outcomes, int targets) {
    }

    static List<SampleResult> run(PrintWriter out, PrintWriter err, boolean quiet, OutputFolder folder, SampleRunner runner,
                                  Design.Plan plan, brink.analysis.Engine engine, String fingerprint, Widths widths, boolean resume,
                                  String task)
            throws IOException, Stopped {
        return run(out, err, quiet, folder, CHECKPOINT, runner, plan, engine, fingerprint, widths, resume, task);
    }

    /** The same with the checkpoint kept under {@code checkpointName} (a robust run keeps one per policy). */
    static List<SampleResult> run(PrintWriter out, PrintWriter err, boolean quiet, OutputFolder folder, String checkpointName,
                                  SampleRunner runner, Design.Plan plan, brink.analysis.Engine engine, String fingerprint, Widths widths,
                                  boolean resume, String task)
            throws IOException, Stopped {
        Path dir = folder.dir();
        Path progressFile = folder.inside(checkpointName);
        if (Files.exists(progressFile, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(progressFile, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new UserError(progressFile + " is not a file (a folder?): it is where a sweep keeps its progress; remove it");
        }
        Map<Integer, SampleResult> done = Map.of();
        if (resume) {
            Checkpoint.Read read = Checkpoint.read(progressFile, fingerprint, widths.parameters(), widths.outcomes(), widths.targets(),
                    i -> i >= 0 && i < plan.size() ? runner.values(plan.unit()[i]) : null);
            done = read.done();
            if (!read.ignored().isEmpty()) {
                err.println("brink: --resume left out " + read.ignored().size() + " line(s) of " + checkpointName + " that do not belong to "
                        + "this design (" + String.join("; ", read.ignored().subList(0, Math.min(3, read.ignored().size())))
                        + (read.ignored().size() > 3 ? "; ..." : "") + "): those samples are run");
            }
        }
        if (!quiet) {
            if (resume && done.isEmpty()) {
                out.println("No finished samples of this " + task + " in " + dir + ": starting from the beginning");
            } else if (resume) {
                out.println("Resuming: " + done.size() + " of " + plan.size() + " samples already done");
            } else if (Files.isRegularFile(progressFile)) {
                out.println("Starting afresh: the unfinished " + task + " in " + dir + " is discarded (--resume would have continued it)");
            }
        }
        try (Checkpoint checkpoint = Checkpoint.open(progressFile, fingerprint, !done.isEmpty());
             ProgressReporter progress = new ProgressReporter(task, plan.size(), quiet, " samples")) {
            return engine.run(runner, plan, done, checkpoint, progress, folder.scratch());
        } catch (InterruptedException | java.util.concurrent.CancellationException e) {
            Thread.currentThread().interrupt();
            err.println("brink: interrupted; the finished samples are kept in " + dir + ": run the same command with --resume to continue");
            throw new Stopped(130);
        } catch (Sweep.SampleRefused e) {
            err.println("brink: sample " + e.sample() + " of the design cannot be run (the finished samples are kept: fix the "
                    + "range and run again; --resume applies only to the same " + task + "):");
            Scenarios.printProblems(e.problems(), err);
            throw new Stopped(BrinkCommand.USER_ERROR);
        }
    }

    /** Once the outputs are committed, the checkpoint has done its job. */
    static void finished(OutputFolder folder) throws IOException {
        finished(folder, CHECKPOINT);
    }

    static void finished(OutputFolder folder, String checkpointName) throws IOException {
        Files.deleteIfExists(folder.inside(checkpointName));
    }
}
