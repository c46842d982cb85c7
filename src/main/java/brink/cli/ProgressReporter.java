package brink.cli;

import brink.experiment.Ensemble;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on the terminal (replications done, rate, time left), or nothing when the output is not a
 * terminal, when quiet, or for a single replication.
 */
final class ProgressReporter implements Ensemble.Progress, brink.analysis.Sweep.Progress, AutoCloseable {
    private final ProgressBar bar;

    ProgressReporter(String task, int total, boolean quiet) {
        this(task, total, quiet, " reps");
    }

    /** @param unit what is counted, with a leading space (" samples") */
    ProgressReporter(String task, int total, boolean quiet, String unit) {
        boolean show = !quiet && total > 1 && System.console() != null;
        bar = show ? new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setUnit(unit, 1).showSpeed().setSpeedUnit(ChronoUnit.SECONDS).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err, 100)).build() : null;
    }

    @Override
    public void done(int finished, int total) {
        if (bar != null) {
            bar.stepTo(finished);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
