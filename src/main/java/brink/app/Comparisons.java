package brink.app;

import brink.experiment.Comparison;
import brink.experiment.Ensemble;
import brink.experiment.RemoteReplications;
import brink.output.ComparisonCsv;
import brink.output.Manifest;
import brink.output.OutputFolder;
import brink.scenario.Scenario;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scenarios compared with common random numbers: every scenario's replications with the same seeds, paired outcome by
 * outcome. {@code brink compare}, the wargame's counterfactual and {@link Study#compare} run through here; with an
 * output folder, each scenario's files go to its sub-folder (labelled) and the comparison's own, comparison.csv and
 * manifest.json, to the top ({@link #write}).
 */
public final class Comparisons {
    private Comparisons() {
    }

    /** The runs (per scenario, as {@link Runs} keeps them) and the paired rows, reference first. */
    public record Result(List<String> labels, Runs.Result runs, List<Comparison.Row> rows) {
        public Result {
            labels = List.copyOf(labels);
            rows = List.copyOf(rows);
        }
    }

    /**
     * Runs the scenarios ({@code labels}: the first is the reference) and pairs them, the per-year outcomes at
     * {@code atYears}; with {@code output}, each scenario's files into the folder under its label (uncommitted).
     */
    public static Result run(List<Scenario> scenarios, List<String> labels, int replications, long seed, int threads, int[] atYears,
                             Ensemble.Progress progress, Runs.Output output, RemoteReplications remote) throws IOException {
        Comparison comparison = new Comparison(labels, atYears.clone());
        Runs.Result r = Runs.run(scenarios, replications, seed, threads, comparison, progress, output, Runs.Keep.SUMMARIES, remote);
        return new Result(labels, r, comparison.rows());
    }

    /** What produced a comparison, for its manifest. */
    public record Provenance(List<String> commandLine, long seed, int replications, int[] atYears, Instant started) {
        public Provenance {
            commandLine = List.copyOf(commandLine);
            atYears = atYears.clone();
        }
    }

    /** comparison.csv and the comparison's manifest.json into the folder, uncommitted. */
    public static void write(OutputFolder folder, List<Scenario> scenarios, Result r, Provenance how) throws IOException {
        ComparisonCsv.write(folder.file("comparison.csv"), r.labels().get(0), r.rows());
        List<Manifest.Compared> compared = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            compared.add(new Manifest.Compared(r.labels().get(i), s.file().toString(), s.sha256(), s.spec().info().title()));
        }
        Manifest.write(folder.file("manifest.json"), new Manifest.Compare(Manifest.version(), how.commandLine(), compared, r.labels().get(0),
                how.seed(), Manifest.SEED_RULE + " (the same seeds for every scenario)", how.replications(),
                Arrays.stream(how.atYears()).boxed().toList(), how.started().toString(), Instant.now().toString()));
    }
}
