package brink.app;

import brink.experiment.Ensemble;
import brink.model.Battle;
import brink.output.BattleOutputs;
import brink.output.Manifest;
import brink.output.OutputFolder;
import brink.scenario.Scenario;
import brink.scenario.ScenarioSpec;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Instant;
import java.util.List;

/**
 * A battle scenario's replications (Lanchester's equations with loss noise) and, with noise, the same battle without
 * it: what {@code brink run} does with a battle, and {@link Study#battle} from Java. Files only when asked ({@link #write}).
 */
public final class Battles {
    private Battles() {
    }

    /** Every replication in order (replication i with seed i of the base seed), and the noiseless battle (null without noise). */
    public record Result(List<Battle.Result> runs, Battle.Result withoutNoise, long baseSeed, long[] seeds) {
        public Result {
            runs = List.copyOf(runs);
            seeds = seeds.clone();
        }

        /** Each side's strength at the end of replication i. */
        public double[] end(int i) {
            double[][] s = runs.get(i).strengths();
            return s[s.length - 1].clone();
        }
    }

    public static Result run(Scenario scenario, int replications, long seed) throws InterruptedIOException {
        if (scenario.spec().kind() != ScenarioSpec.Kind.BATTLE) {
            throw new IllegalArgumentException(scenario.file() + " is a theatre scenario, not a battle");
        }
        List<Battle.Result> runs = Ensemble.battles(scenario.spec().battle(), replications, seed);
        Battle.Result withoutNoise = scenario.spec().battle().noise() > 0 ? Battle.withoutNoise(scenario.spec().battle()) : null;
        return new Result(runs, withoutNoise, seed, Ensemble.seeds(seed, replications));
    }

    /** Writes the battle's series.csv, runs.csv and manifest.json into the folder, uncommitted. */
    public static void write(OutputFolder folder, Scenario scenario, Result r, List<String> commandLine, Instant started) throws IOException {
        BattleOutputs.write(folder, scenario.name(), scenario.start(), r.seeds(), r.runs(), r.withoutNoise(),
                new Manifest.Content(commandLine, scenario.name(), scenario.file(), scenario.sha256(), scenario.spec().info().title(),
                        r.baseSeed(), Manifest.SEED_RULE, r.seeds(), scenario.days(), started, Instant.now(), BattleOutputs.FILES, null,
                        scenario.spec(), null, scenario.settings()));
    }
}
