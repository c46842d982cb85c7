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

    /**
     * The "model against the record" table: the targets the scenario was tuned to apart from those it was not (a fit is
     * not a validation), one line per target with its note below it.
     */
    static String record(List<brink.experiment.Targets.Result> targets) {
        if (targets.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("The model against the record (model mean with its 95 % interval; in brackets where 90 % "
                + "of single runs fall; vs the observed range):");
        int width = targets.stream().mapToInt(t -> t.id().length()).max().orElse(10);
        List<brink.experiment.Targets.Result> tuned = targets.stream().filter(brink.experiment.Targets.Result::calibration).toList();
        List<brink.experiment.Targets.Result> checks = targets.stream().filter(t -> !t.calibration()).toList();
        group(s, "Tuned to these (calibration targets: the parameters were fitted to them, so inside is a fit, not a test):", tuned,
                width);
        group(s, "Not used in tuning (checks: an independent test of the model):", checks, width);
        s.append(System.lineSeparator()).append(String.format(Locale.ROOT, "  %d of %d calibration targets inside (a fit)",
                tuned.stream().filter(brink.experiment.Targets.Result::inside).count(), tuned.size()));
        s.append(checks.isEmpty() ? "; no check that the model was not tuned on"
                : String.format(Locale.ROOT, "; %d of %d checks inside", checks.stream().filter(brink.experiment.Targets.Result::inside)
                .count(), checks.size()));
        return s.toString();
    }

    private static void group(StringBuilder s, String title, List<brink.experiment.Targets.Result> targets, int width) {
        if (targets.isEmpty()) {
            return;
        }
        s.append(System.lineSeparator()).append(" ").append(title);
        for (brink.experiment.Targets.Result t : targets) {
            s.append(System.lineSeparator()).append(String.format(Locale.ROOT, "  %-" + width + "s  ", t.id()));
            if (t.verdict() == brink.experiment.Targets.Verdict.CANNOT_SAY) {
                s.append("cannot say: ").append(t.reason());
            } else if (t.against() == brink.scenario.TargetSpec.Against.BAND) {
                // one year of history against the spread of single runs, not against the mean
                s.append(String.format(Locale.ROOT, "single runs [%s, %s] (mean %s) vs %s (%s): %s", show(t.low()), show(t.high()),
                        show(t.mean()), t.observedLow() == t.observedHigh() ? show(t.observedLow()) : show(t.observedLow()) + "-"
                                + show(t.observedHigh()), t.period(), t.verdict() == brink.experiment.Targets.Verdict.INSIDE
                                ? "inside the band" : "the band is " + t.verdict().text() + " the record"));
            } else {
                s.append(String.format(Locale.ROOT, "%s (%s-%s) [%s, %s] vs %s-%s (%s): %s", show(t.mean()), show(t.meanLow()),
                        show(t.meanHigh()), show(t.low()), show(t.high()), show(t.observedLow()), show(t.observedHigh()), t.period(),
                        t.verdict().text()));
            }
            if (!t.note().isBlank()) {
                s.append(System.lineSeparator()).append(" ".repeat(width + 4)).append(t.note());
            }
        }
    }

    static String of(Scenario scenario, RunShape shape, List<RunSummary> runs, long seed) {
        StringBuilder s = new StringBuilder();
        int n = runs.size();
        s.append(String.format(Locale.ROOT, "%s: %d replication%s of %d days from %s (seed %d)", scenario.spec().info().title(),
                n, n == 1 ? "" : "s", shape.layout().days(), scenario.start(), seed));
        if (n > 1) {
            s.append(System.lineSeparator()).append("  (each mean with its 95 % interval)");
        }
        for (Outcome o : shape.outcomes()) {
            if (o.headline()) {
                double[] v = runs.stream().mapToDouble(r -> o.value().applyAsDouble(r)).filter(Double::isFinite).toArray();
                double mean = java.util.Arrays.stream(v).average().orElse(Double.NaN);
                s.append(System.lineSeparator()).append("  ").append(o.label()).append(": ");
                if (n == 1 && o.unit() == Outcome.Unit.PROBABILITY) {
                    // one history either had it or not: not a probability
                    s.append(mean >= 0.5 ? "yes, in this one history" : "no, in this one history");
                    continue;
                }
                if (v.length <= 1) {
                    s.append(o.unit().show(mean));
                }
                if (v.length > 1) {
                    double[] ci = o.unit().meanInterval(v);
                    s.append(o.unit().showWithInterval(mean, ci[0], ci[1]));
                }
            }
        }
        if (n == 1) {
            s.append(System.lineSeparator()).append("  Warning: one replication is one possible history, not a probability or an "
                    + "average: run --reps 100 or more to say how likely anything is.");
        } else if (n < 50) {
            s.append(System.lineSeparator()).append(String.format(Locale.ROOT, "  Warning: %d replications are few: the intervals "
                    + "are wide, and an event rarer than about 1 in %d may not show at all (--reps 100 or more).", n, n));
        }
        return s.toString();
    }
}
