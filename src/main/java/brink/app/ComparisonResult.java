package brink.app;

import brink.experiment.BottomLine;
import brink.experiment.Comparison;
import brink.experiment.Targets;
import java.util.List;

/**
 * A paired comparison in memory ({@link Study#compare}): the rows of comparison.csv (each outcome and scenario: mean,
 * paired difference from the reference with its 95 % interval, pairs that differed) and the bottom line in words.
 */
public record ComparisonResult(List<String> labels, List<Comparison.Row> rows, List<List<Targets.Result>> targets) {
    public ComparisonResult {
        labels = List.copyOf(labels);
        rows = List.copyOf(rows);
        targets = List.copyOf(targets);
    }

    /** The row of one outcome and scenario (by label); an unknown one is refused. */
    public Comparison.Row row(String outcome, String scenario) {
        return rows.stream().filter(r -> r.outcome().name().equals(outcome) && r.scenario().equals(scenario)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row for outcome '" + outcome + "' and scenario '" + scenario
                        + "' (labels: " + labels + ")"));
    }

    /** The bottom line, as brink compare prints it first. */
    public List<String> bottomLine() {
        return BottomLine.lines(BottomLine.items(rows, labels.get(0)), labels.get(0));
    }

    @Override
    public String toString() {
        return String.join("\n", bottomLine());
    }
}
