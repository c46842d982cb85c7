package brink.cli;

import brink.experiment.Ensemble;
import brink.experiment.Seeds;
import picocli.CommandLine.Option;

/** Options shared by the commands that run ensembles. */
final class EnsembleOptions {
    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + Seeds.DEFAULT,
            description = "base seed; replication i uses a seed derived from (S, i) (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "threads to run replications on, 1 to " + Ensemble.MAX_THREADS + " (default: all cores); "
                    + "outputs are the same for any T")
    Integer threads;

    @Option(names = "--years", paramLabel = "Y", description = "simulate Y years instead of the scenario's horizon (1 day <= Y <= 100)")
    Double years;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    boolean quiet;

    int threads() {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1 || t > Ensemble.MAX_THREADS) {
            throw new UserError("--threads must be between 1 and " + Ensemble.MAX_THREADS + ", got " + t);
        }
        return t;
    }

    static void checkEvents(int events) {
        if (events < 0) {
            throw new UserError("--events must be 0 or more, got " + events);
        }
    }

    void checkYears() {
        if (years != null && !(years * 365.25 >= 0.5 && years <= 100)) {
            throw new UserError("--years must be at least one day (0.003) and at most 100, got " + years);
        }
    }
}
