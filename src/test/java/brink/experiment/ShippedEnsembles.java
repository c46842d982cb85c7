package brink.experiment;

import brink.model.LoggedEvent;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs shipped scenarios through the public Java API ({@link brink.app.Study}), as {@code brink run} does, with common random numbers (replication i has the same seed in
 * every scenario), and keeps what the calibration and direction tests look at, once per (file, years,
 * replications): each replication's outcomes from the catalogue, by name, and its recorded series at the end.
 */
final class ShippedEnsembles {
    static final long SEED = 20250101L;
    private static final Map<String, List<Observation>> CACHE = new ConcurrentHashMap<>();

    /** Where each outcome and each series sits in an observation's arrays: the same for every run of a scenario. */
    record Index(RunShape shape, Map<String, Integer> outcomes, Map<String, Integer> series) {
    }

    /** What one replication showed: its outcomes and its recorded series at the end. */
    record Observation(Index index, RunSummary summary, double[] outcomes, double[] end, int launchDaysInExerciseWindows) {
        /** An outcome of the catalogue, by name (fails loudly if the scenario has no such outcome). */
        double outcome(String name) {
            Integer i = index.outcomes().get(name);
            if (i == null) {
                throw new IllegalArgumentException("no outcome named " + name + " (have " + index.outcomes().keySet() + ")");
            }
            return outcomes[i];
        }

        /** A recorded series at the end of the run: metric of actor (and domain, "" for none). */
        double end(String actor, String domain, String metric) {
            Integer i = index.series().get(actor + "|" + domain + "|" + metric);
            if (i == null) {
                throw new IllegalArgumentException("no series " + actor + "/" + domain + "/" + metric);
            }
            return end[i];
        }
    }

    private ShippedEnsembles() {
    }

    /** The first {@code replications} replications; a larger run already made serves a smaller request. */
    static List<Observation> run(String file, double years, int replications) {
        String key = file + "|" + years;
        List<Observation> have = CACHE.get(key);
        if (have == null || have.size() < replications) {
            have = compute(file, years, replications);
            CACHE.put(key, have);
        }
        return have.subList(0, replications);
    }

    /** The scenario's targets checked on these replications, as {@code brink run} checks them. */
    static List<Targets.Result> targets(String file, double years, int replications) {
        List<Observation> runs = run(file, years, replications);
        try {
            Scenario s = ScenarioLoader.load(Path.of("scenarios", file)).withYears(years);
            return Targets.check(s, runs.get(0).index().shape(), runs.stream().map(Observation::summary).toList());
        } catch (brink.scenario.ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The outcome name of reaching a rung (or a more severe one) by the end of year y, the rung given by its name. */
    static String reached(String rung, int year) {
        return "reached_" + brink.scenario.Slug.of(rung) + "_by_y" + year;
    }

    /** Runs through the public Java API (brink.app.Study), as brink run does, keeping what the tests look at. */
    private static List<Observation> compute(String file, double years, int replications) {
        try {
            brink.app.Study study = brink.app.Study.load(Path.of("scenarios", file)).years(years);
            List<int[]> windows = exerciseWindows(ScenarioLoader.load(Path.of("scenarios", "baseline.yaml")), study.scenario().days());
            int[] inWindows = new int[replications];
            brink.app.RunResult r = study.run(replications, SEED, (shape, run) -> inWindows[run.replication()] = (int) run.events()
                    .stream().filter(e -> e.type().equals("missile test")).mapToInt(LoggedEvent::day).distinct()
                    .filter(d -> windows.stream().anyMatch(x -> d >= x[0] && d <= x[1])).count());
            Index index = index(r.shape());
            List<Observation> out = new java.util.ArrayList<>();
            for (int i = 0; i < replications; i++) {
                RunSummary summary = r.summary(i);
                double[] outcomes = new double[r.shape().outcomes().size()];
                for (int k = 0; k < outcomes.length; k++) {
                    outcomes[k] = r.shape().outcomes().get(k).value().applyAsDouble(summary);
                }
                out.add(new Observation(index, summary, outcomes, r.ends(i), inWindows[i]));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Days of the baseline's exercises and the two weeks after each: where launches are expected to bunch. */
    static List<int[]> exerciseWindows(Scenario baseline, int days) {
        return baseline.spec().periods().values().stream().filter(p -> p.type().equals("exercise")).flatMap(p -> {
            java.time.MonthDay md = java.time.MonthDay.parse("--" + p.every());
            return java.util.stream.IntStream.range(0, 12).mapToObj(y -> {
                int start = (int) (md.atYear(baseline.start().getYear() + y).toEpochDay() - baseline.start().toEpochDay());
                return new int[] {start, start + p.days() - 1 + 14};
            });
        }).filter(w -> w[0] < days).toList();
    }

    private static Index index(RunShape shape) {
        Map<String, Integer> outcomes = new HashMap<>();
        for (Outcome x : shape.outcomes()) {
            outcomes.put(x.name(), outcomes.size());
        }
        Map<String, Integer> series = new HashMap<>();
        for (SeriesKey key : shape.keys()) {
            if (key.cadence() == Cadence.STANDARD) {
                series.put(key.actor() + "|" + key.domain() + "|" + key.metric(), series.size());
            }
        }
        return new Index(shape, Map.copyOf(outcomes), Map.copyOf(series));
    }
}
