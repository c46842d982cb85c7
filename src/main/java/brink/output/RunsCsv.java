package brink.output;

import brink.experiment.RunShape;
import brink.experiment.RunSummary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * runs.csv, one row per replication, written as replications finish. Columns: replication, seed, the ladder
 * (highest rung, its name, the day and date it was first reached, days at each rung), for each launcher and
 * year its missiles and launch days, clashes, war (yes/no), and each balance's final ratio.
 */
public final class RunsCsv implements AutoCloseable {
    private final BufferedWriter out;
    private final RunShape shape;

    public RunsCsv(Path file, RunShape shape) throws IOException {
        this.shape = shape;
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write(String.join(",", header(shape)));
        out.write('\n');
    }

    public static List<String> header(RunShape shape) {
        List<String> h = new ArrayList<>(List.of("replication", "seed", "highest_rung", "highest_rung_name",
                "day_highest_first", "date_highest_first"));
        for (int r = 0; r < shape.rungs().size(); r++) {
            h.add("days_at_rung_" + r);
        }
        for (String l : shape.launchers()) {
            for (int y = 1; y <= shape.years(); y++) {
                h.add(l + "_missiles_y" + y);
            }
            for (int y = 1; y <= shape.years(); y++) {
                h.add(l + "_launch_days_y" + y);
            }
        }
        h.add("clashes");
        h.add("war");
        for (String b : shape.balances()) {
            h.add("final_balance_" + b);
        }
        return h;
    }

    public void add(RunSummary s) throws IOException {
        StringBuilder row = new StringBuilder();
        row.append(s.replication()).append(',').append(Long.toUnsignedString(s.seed())).append(',')
                .append(s.highestRung()).append(',').append(Csv.text(shape.rungs().get(s.highestRung()))).append(',')
                .append(s.dayHighestFirst()).append(',').append(shape.layout().date(s.dayHighestFirst()));
        for (int d : s.daysAtRung()) {
            row.append(',').append(d);
        }
        for (int l = 0; l < s.missiles().length; l++) {
            for (int m : s.missiles()[l]) {
                row.append(',').append(m);
            }
            for (int m : s.launchDays()[l]) {
                row.append(',').append(m);
            }
        }
        row.append(',').append(s.clashes()).append(',').append(s.war() ? "yes" : "no");
        for (double b : s.finalBalances()) {
            row.append(',').append(Csv.number(b));
        }
        out.append(row).append('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
