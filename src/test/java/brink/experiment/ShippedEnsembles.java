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
 * Runs shipped scenarios as {@code brink run} does, with common random numbers (replication i has the same seed in
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

    private static List<Observation> compute(String file, double years, int replications) {
        try {
            Scenario s = ScenarioLoader.load(Path.of("scenarios", file)).withYears(years);
            Replication replication = new Replication(s, s.days(), Metrics.standard());
            List<int[]> windows = exerciseWindows(ScenarioLoader.load(Path.of("scenarios", "baseline.yaml")), s.days());
            Index[] index = new Index[1];
            return java.util.stream.IntStream.range(0, replications).parallel()
                    .mapToObj(i -> observe(replication.run(i, Seeds.replication(SEED, i)), windows, index)).toList();
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

    private static Observation observe(Replication.Outcome o, List<int[]> windows, Index[] shared) {
        RunShape shape = o.shape();
        Index index;
        synchronized (shared) {
            if (shared[0] == null) {
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
                shared[0] = new Index(shape, Map.copyOf(outcomes), Map.copyOf(series));
            }
            index = shared[0];
        }
        double[] outcomes = new double[shape.outcomes().size()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = shape.outcomes().get(i).value().applyAsDouble(o.record().summary());
        }
        double[] end = new double[index.series().size()];
        int last = shape.layout().points(Cadence.STANDARD) - 1;
        double[] standard = o.record().values()[Cadence.STANDARD.ordinal()];
        for (int k = 0, j = 0; k < shape.keys().size(); k++) {
            if (shape.keys().get(k).cadence() == Cadence.STANDARD) {
                end[j++] = standard[shape.cell(k, last)];
            }
        }
        int inWindows = (int) o.record().events().stream().filter(e -> e.type().equals("missile test"))
                .mapToInt(LoggedEvent::day).distinct().filter(d -> windows.stream().anyMatch(x -> d >= x[0] && d <= x[1])).count();
        return new Observation(index, o.record().summary(), outcomes, end, inWindows);
    }
}
