package brink.cli;

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
