package brink.output;

import brink.experiment.Comparison;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * comparison.csv: one row per (outcome, scenario): the outcome's name, label, unit and whether it is a headline (from
 * the catalogue), the scenario's mean, its mean paired difference from the first scenario, the 95 % interval of that
 * difference over the pairs, the unpaired (Welch) interval for contrast, the number of replications and of pairs that
 * differed, and what the outcome is about (kind, subject, year with 0 for the whole run, month with 0 for none). The
 * first scenario's rows have difference 0 and empty intervals.
 */
public final class ComparisonCsv {
    public static final String HEADER = "outcome,label,unit,headline,scenario,reference,value,difference,ci95_low,ci95_high,"
            + "unpaired_ci95_low,unpaired_ci95_high,replications,pairs_differing,kind,subject,year,month";

    private ComparisonCsv() {
    }

    public static void write(Path file, String reference, List<Comparison.Row> rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (Comparison.Row r : rows) {
                out.write(String.join(",", Csv.text(r.outcome().name()), Csv.text(r.outcome().label()),
                        Csv.text(r.outcome().unit().text()), r.outcome().headline() ? "yes" : "no", Csv.text(r.scenario()),
                        Csv.text(reference), Csv.number(r.value()), Csv.number(r.difference()), Csv.number(r.low()),
                        Csv.number(r.high()), Csv.number(r.unpairedLow()), Csv.number(r.unpairedHigh()), Long.toString(r.n()),
                        Long.toString(r.differing()), r.outcome().about().kind().text(), Csv.text(r.outcome().about().subject()),
                        Integer.toString(r.outcome().about().year()), Integer.toString(r.outcome().about().month())));
                out.write('\n');
            }
        }
    }
}
