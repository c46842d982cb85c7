package brink.cli;

import static brink.experiment.Targets.show;

import brink.experiment.Outcome;
import brink.experiment.RunShape;
import brink.experiment.RunSummary;
import brink.scenario.Scenario;
import java.util.List;
import java.util.Locale;

/**
 * The few lines a student sees after a run: the mean of each headline outcome of the catalogue, labelled, so the run
 * says something before any chart.
 */
final class Summary {
    private Summary() {
    }

    /** The "model against the record" table: one line per target. */
    static String record(List<brink.experiment.Targets.Result> targets) {
        if (targets.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("The model against the record (model mean [90 % of replications] vs observed):");
        int width = targets.stream().mapToInt(t -> t.id().length()).max().orElse(10);
        for (brink.experiment.Targets.Result t : targets) {
            s.append(System.lineSeparator()).append(String.format(Locale.ROOT, "  %-" + width + "s  ", t.id()));
            if (t.verdict() == brink.experiment.Targets.Verdict.CANNOT_SAY) {
                s.append("cannot say: ").append(t.reason());
            } else {
                s.append(String.format(Locale.ROOT, "%s [%s, %s] vs %s-%s (%s): %s", show(t.mean()), show(t.low()),
                        show(t.high()), show(t.observedLow()), show(t.observedHigh()), t.period(), t.verdict().text()));
            }
        }
        long inside = targets.stream().filter(brink.experiment.Targets.Result::inside).count();
        s.append(System.lineSeparator()).append(String.format(Locale.ROOT, "  %d of %d targets inside the record", inside,
                targets.size()));
        return s.toString();
    }

    static String of(Scenario scenario, RunShape shape, List<RunSummary> runs, long seed) {
        StringBuilder s = new StringBuilder();
        int n = runs.size();
        s.append(String.format(Locale.ROOT, "%s: %d replication%s of %d days from %s (seed %d)", scenario.spec().info().title(),
                n, n == 1 ? "" : "s", shape.layout().days(), scenario.start(), seed));
        for (Outcome o : shape.outcomes()) {
            if (o.headline()) {
                double mean = runs.stream().mapToDouble(r -> o.value().applyAsDouble(r)).average().orElse(Double.NaN);
                s.append(System.lineSeparator()).append("  ").append(o.label()).append(": ").append(o.unit().show(mean));
            }
        }
        return s.toString();
    }
}
