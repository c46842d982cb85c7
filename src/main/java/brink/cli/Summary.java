package brink.cli;

import brink.experiment.RunShape;
import brink.experiment.RunSummary;
import brink.scenario.Scenario;
import java.util.List;
import java.util.Locale;

/** The few lines a student sees after a run: the headline numbers, so the run says something before any chart. */
final class Summary {
    private Summary() {
    }

    static String of(Scenario scenario, RunShape shape, List<RunSummary> runs, long seed) {
        StringBuilder s = new StringBuilder();
        int n = runs.size();
        s.append(String.format(Locale.ROOT, "%s: %d replication%s of %d days from %s (seed %d)%n", scenario.spec().info().title(),
                n, n == 1 ? "" : "s", shape.layout().days(), scenario.start(), seed));
        int[] highest = new int[shape.rungs().size()];
        runs.forEach(r -> highest[r.highestRung()]++);
        s.append("  highest rung reached:");
        for (int r = 0; r < highest.length; r++) {
            if (highest[r] > 0) {
                s.append(String.format(Locale.ROOT, " %s %.0f%%;", shape.rungs().get(r), 100.0 * highest[r] / n));
            }
        }
        s.setLength(s.length() - 1);
        s.append(System.lineSeparator());
        for (int l = 0; l < shape.launchers().size(); l++) {
            int full = Math.max(1, Math.min(shape.years(), (int) Math.floor(scenario.spec().years())));
            double missiles = 0;
            double days = 0;
            for (RunSummary r : runs) {
                for (int y = 0; y < full; y++) {
                    missiles += r.missiles()[l][y];
                    days += r.launchDays()[l][y];
                }
            }
            s.append(String.format(Locale.ROOT, "  %s launches per year (mean): %.1f missiles on %.1f days%n",
                    shape.launchers().get(l), missiles / n / full, days / n / full));
        }
        long wars = runs.stream().filter(RunSummary::war).count();
        double clashes = runs.stream().mapToInt(RunSummary::clashes).average().orElse(0);
        s.append(String.format(Locale.ROOT, "  clashes per run (mean): %.2f; runs with a war: %d of %d", clashes, wars, n));
        return s.toString();
    }
}
