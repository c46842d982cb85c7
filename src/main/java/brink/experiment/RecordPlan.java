package brink.experiment;

import brink.model.World;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each metric writes its series: the same for every replication of a scenario, so it is worked out once.
 * Values of a cadence form rows of {@code width} columns, one row per record point.
 */
final class RecordPlan {
    static final Cadence[] CADENCES = Cadence.values();

    final List<SeriesKey> keys;
    final int[] column;
    final int[] width = new int[CADENCES.length];
    final Metric[][] byCadence = new Metric[CADENCES.length][];
    final int[][] offsets = new int[CADENCES.length][];

    RecordPlan(List<Metric> metrics, World w) {
        List<SeriesKey> k = new ArrayList<>();
        List<Integer> col = new ArrayList<>();
        List<List<Metric>> grouped = new ArrayList<>();
        List<List<Integer>> offs = new ArrayList<>();
        for (int c = 0; c < CADENCES.length; c++) {
            grouped.add(new ArrayList<>());
            offs.add(new ArrayList<>());
        }
        for (Metric m : metrics) {
            int c = m.cadence().ordinal();
            grouped.get(c).add(m);
            offs.get(c).add(width[c]);
            for (SeriesKey key : m.keys(w)) {
                k.add(key);
                col.add(width[c]++);
            }
        }
        keys = List.copyOf(k);
        column = col.stream().mapToInt(Integer::intValue).toArray();
        for (int c = 0; c < CADENCES.length; c++) {
            byCadence[c] = grouped.get(c).toArray(Metric[]::new);
            offsets[c] = offs.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
