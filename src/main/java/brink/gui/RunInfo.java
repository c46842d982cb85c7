package brink.gui;

import brink.model.World;
import brink.output.Narrative;
import brink.scenario.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the windows say about the run on screen: which scenario, seed and levers, its calendar, actors and rungs. */
record RunInfo(String scenarioName, String title, long seed, brink.scenario.LeverSettings leverSettings, String levers, LocalDate start, int days,
               List<String> actorIds, List<String> rungs, Narrative narrative) {

    /** {@code levers}: the levers moved, described ("us-commitment x1.5, exercises off"; "" for none). */
    static RunInfo of(Scenario base, World w, long seed, brink.scenario.LeverSettings settings) {
        String levers = settings.describe(base.spec());
        Map<String, String> names = new LinkedHashMap<>();
        w.actors().forEach(a -> names.put(a.getId(), a.getName()));
        List<String> rungs = new ArrayList<>();
        for (int r = 0; r < w.ladder().size(); r++) {
            rungs.add(w.ladder().name(r));
        }
        return new RunInfo(base.name(), base.spec().info().title(), seed, settings, levers, w.date(0), w.days(),
                List.copyOf(names.keySet()), rungs, Narrative.of(w));
    }

    /** The footnote of every chart: enough to run the same history again with brink run. */
    String footnote(int day) {
        return "Scenario " + scenarioName + ", seed " + seed + " (replication 0 of brink run --seed " + seed + ")"
                + (levers.isEmpty() ? "" : "; levers: " + levers)
                + ". Day " + Math.max(0, day) + " of " + days + " (" + start.plusDays(Math.max(0, day)) + ").";
    }
}
