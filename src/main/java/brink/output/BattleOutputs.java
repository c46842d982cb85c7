package brink.output;

import brink.experiment.StreamingStatistics;
import brink.model.Battle;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

/**
 * A battle's outputs: series.csv (metric {@code strength} of each side after each whole day: day 0 is the start,
 * day d the state after d days with the reinforcements that join at the start of day d; dated, like a theatre run's
 * rows, by the calendar day that has just ended), with the usual statistics over replications, and, when the battle
 * has noise, metric {@code strength_without_noise}: the same battle without it, one deterministic run), runs.csv
 * (final strengths, the winner and the first day from which the loser stays destroyed, if it was) and manifest.json. The caller commits.
 */
public final class BattleOutputs {
    public static final List<String> FILES = List.of("series.csv", "runs.csv", "manifest.json");
    private static final double DESTROYED = 1e-9;

    private BattleOutputs() {
    }

    public static void write(OutputFolder folder, String scenario, LocalDate start, long[] seeds,
                             List<Battle.Result> results, Battle.Result withoutNoise, Manifest.Content manifest)
            throws IOException {
        Battle.Result first = results.get(0);
        int points = first.times().length;
        StreamingStatistics stats = new StreamingStatistics(new int[] {points, points}, results.size());
        for (Battle.Result r : results) {
            double[][] v = new double[2][points];
            for (int p = 0; p < points; p++) {
                v[0][p] = r.strengths()[p][0];
                v[1][p] = r.strengths()[p][1];
            }
            stats.add(v);  // block = side, cell = time point
        }
        try (BufferedWriter out = Files.newBufferedWriter(folder.file("series.csv"), StandardCharsets.UTF_8)) {
            out.write(SeriesCsv.HEADER + "\n");
            for (int p = 0; p < points; p++) {
                for (int side = 0; side < 2; side++) {
                    StringBuilder row = new StringBuilder();
                    int day = (int) first.times()[p];
                    row.append(Csv.text(scenario)).append(',').append(day).append(',')
                            .append(start == null ? "" : start.plusDays(day - 1L).toString()).append(',')
                            .append(Csv.text(first.sides()[side])).append(",,strength,").append(Csv.number(stats.mean(side, p)));
                    for (double q : stats.percentiles(side, p)) {
                        row.append(',').append(Csv.number(q));
                    }
                    out.write(row.append(",own,\n").toString());
                }
            }
            for (int p = 0; withoutNoise != null && p < points; p++) {
                int day = (int) first.times()[p];
                for (int side = 0; side < 2; side++) {
                    String v = Csv.number(withoutNoise.strengths()[p][side]);
                    out.write(Csv.text(scenario) + "," + day + "," + (start == null ? "" : start.plusDays(day - 1L).toString())
                            + "," + Csv.text(first.sides()[side]) + ",,strength_without_noise," + String.join(",", java.util.Collections.nCopies(6, v))
                            + ",own,\n");
                }
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(folder.file("runs.csv"), StandardCharsets.UTF_8)) {
            String a = Csv.text(first.sides()[0]);
            String b = Csv.text(first.sides()[1]);
            out.write("replication,seed,final_" + a + ",final_" + b + ",winner,day_destroyed\n");
            for (int i = 0; i < results.size(); i++) {
                Battle.Result r = results.get(i);
                double[] last = r.strengths()[points - 1];
                String winner = last[0] > DESTROYED && last[1] <= DESTROYED ? first.sides()[0]
                        : last[1] > DESTROYED && last[0] <= DESTROYED ? first.sides()[1] : "undecided";
                // the first day from which the loser stays at zero (a side may start at zero and land later)
                int loser = winner.equals(first.sides()[0]) ? 1 : winner.equals(first.sides()[1]) ? 0 : -1;
                String dayDestroyed = "";
                for (int p = points - 1; loser >= 0 && p >= 0 && r.strengths()[p][loser] <= DESTROYED; p--) {
                    dayDestroyed = String.valueOf((int) r.times()[p]);
                }
                out.write(i + "," + Long.toUnsignedString(seeds[i]) + "," + Csv.number(last[0]) + "," + Csv.number(last[1])
                        + "," + Csv.text(winner) + "," + dayDestroyed + "\n");
            }
        }
        Manifest.write(folder.file("manifest.json"), manifest);
    }
}
