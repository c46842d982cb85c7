package brink.experiment;

import brink.model.Actor;
import brink.model.BrinkModel;
import brink.model.LoggedEvent;
import brink.model.World;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs shipped scenarios with common random numbers (replication i has the same seed in every scenario) and keeps
 * only what the calibration and direction tests look at, once per (file, years, replications).
 */
final class ShippedEnsembles {
    static final long SEED = 20250101L;
    private static final Map<String, List<Observation>> CACHE = new ConcurrentHashMap<>();

    /** What one replication showed at its end (and, for launches, in exercise windows). */
    record Observation(
            double dprkArmorStock, double dprkArmorQuality, double dprkArmorPower, double dprkMissileStock,
            double dprkNavalStock, double dprkDroneStock, double russiaArmorStock, double shellsToRussia,
            double dprkVsCoalition, double coalitionPower, int highestRung, int daysAtIncidentsOrAbove,
            int[] missiles, int[] launchDays, int launchDaysInExerciseWindows) {
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

    private static List<Observation> compute(String file, double years, int replications) {
        {
            try {
                Scenario s = ScenarioLoader.load(Path.of("scenarios", file)).withYears(years);
                brink.model.Theatre theatre = new brink.model.Theatre(s, s.days());
                List<int[]> windows = exerciseWindows(ScenarioLoader.load(Path.of("scenarios", "baseline.yaml")), s.days());
                return java.util.stream.IntStream.range(0, replications).mapToObj(i -> {
                    BrinkModel m = new BrinkModel(theatre, Seeds.replication(SEED, i));
                    m.start();
                    m.runToEnd();
                    return observe(m.world(), windows);
                }).toList();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
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

    private static Observation observe(World w, List<int[]> windows) {
        Actor dprk = actor(w, "DPRK");
        int armor = w.domains().indexOf("armor");
        int missile = w.domains().indexOf("missile");
        double coalition = 0;
        for (String id : List.of("ROK", "US", "Japan")) {
            for (int d = 0; d < w.domains().size(); d++) {
                coalition += actor(w, id).force(d).getPower();
            }
        }
        int high = 0;
        for (int r = 4; r < w.ladder().size(); r++) {
            high += w.ladder().daysAt(r);
        }
        int a = w.actors().indexOf(dprk);
        int[] missiles = new int[w.years()];
        int[] launchDays = new int[w.years()];
        for (int y = 0; y < w.years(); y++) {
            missiles[y] = w.missiles(a, y);
            launchDays[y] = w.launchDays(a, y);
        }
        int inWindows = (int) w.log().stream().filter(e -> e.type().equals("missile test")).mapToInt(LoggedEvent::day)
                .distinct().filter(d -> windows.stream().anyMatch(x -> d >= x[0] && d <= x[1])).count();
        int dprkVsCoalition = 0;
        while (!w.balanceId(dprkVsCoalition).equals("dprk-vs-coalition")) {
            dprkVsCoalition++;
        }
        return new Observation(dprk.force(armor).getStock(), dprk.force(armor).getQuality(), dprk.force(armor).getPower(),
                dprk.force(missile).getStock(), dprk.force(w.domains().indexOf("naval")).getStock(),
                dprk.force(w.domains().indexOf("drone")).getStock(), actor(w, "Russia").force(armor).getStock(),
                w.transferred("shells-to-russia"), w.balanceRatio(dprkVsCoalition, w.domains().size()), coalition,
                w.ladder().getHighest(), high, missiles, launchDays, inWindows);
    }

    private static Actor actor(World w, String id) {
        return w.actors().stream().filter(x -> x.getId().equals(id)).findFirst().orElseThrow();
    }
}
