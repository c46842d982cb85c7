package brink.output;

import brink.experiment.Outcome;
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
 * runs.csv, one row per replication, written as replications finish: replication, seed, the highest rung reached
 * (index and name) and the day and date it was first reached, then one column per outcome of the scenario's
 * catalogue ({@link brink.experiment.Outcomes}), in catalogue order.
 */
public final class RunsCsv implements AutoCloseable {
    private final BufferedWriter out;
    private final RunShape shape;

    public RunsCsv(Path file, RunShape shape) throws IOException {
        this.shape = shape;
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write(String.join(",", header(shape).stream().map(Csv::text).toList()));
        out.write('\n');
    }

    public static List<String> header(RunShape shape) {
        List<String> h = new ArrayList<>(List.of("replication", "seed", "highest_rung", "highest_rung_name",
                "day_highest_first", "date_highest_first"));
        for (Outcome o : shape.outcomes()) {
            h.add(o.name());
        }
        return h;
    }

    public void add(RunSummary s) throws IOException {
        StringBuilder row = new StringBuilder();
        row.append(s.replication()).append(',').append(Long.toUnsignedString(s.seed())).append(',')
                .append(s.highestRung()).append(',').append(Csv.text(shape.rungs().get(s.highestRung()))).append(',')
                .append(s.dayHighestFirst()).append(',').append(shape.layout().dayDate(s.dayHighestFirst()));
        for (Outcome o : shape.outcomes()) {
            row.append(',').append(Csv.number(o.value().applyAsDouble(s)));
        }
        out.append(row).append('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
