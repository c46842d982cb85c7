package brink.output;

import brink.analysis.Indices;
import brink.analysis.Parameter;
import brink.analysis.SampleResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A sweep's tables: samples.csv (one row per sample: the values of the varied fields, then each outcome's mean and
 * 95 % interval over the replications) and sensitivity.csv (Sobol or Morris indices per outcome and parameter).
 */
public final class SweepOutputs {
    private SweepOutputs() {
    }

    public static void samples(Path file, List<Parameter> parameters, List<String> outcomes, List<SampleResult> results)
            throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder h = new StringBuilder("sample");
            parameters.forEach(p -> h.append(',').append(Csv.text(p.path())));
            for (String o : outcomes) {
                h.append(',').append(o).append(',').append(o).append("_low,").append(o).append("_high");
            }
            out.write(h.append('\n').toString());
            for (SampleResult r : results) {
                StringBuilder row = new StringBuilder(String.valueOf(r.sample()));
                for (double v : r.values()) {
                    row.append(',').append(Parameter.fmt(v));
                }
                for (int j = 0; j < outcomes.size(); j++) {
                    row.append(',').append(Csv.number(r.mean()[j])).append(',').append(Csv.number(r.low()[j])).append(',')
                            .append(Csv.number(r.high()[j]));
                }
                out.write(row.append('\n').toString());
            }
        }
    }

    public static void sobol(Path file, List<Parameter> parameters, Map<String, List<Indices.Sobol>> byOutcome) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("outcome,parameter,S1,S1_low,S1_high,ST,ST_low,ST_high\n");
            for (Map.Entry<String, List<Indices.Sobol>> e : byOutcome.entrySet()) {
                for (Indices.Sobol s : e.getValue()) {
                    out.write(e.getKey() + "," + Csv.text(parameters.get(s.parameter()).path()) + "," + Csv.number(s.s1()) + ","
                            + Csv.number(s.s1Low()) + "," + Csv.number(s.s1High()) + "," + Csv.number(s.st()) + ","
                            + Csv.number(s.stLow()) + "," + Csv.number(s.stHigh()) + "\n");
                }
            }
        }
    }

    public static void morris(Path file, List<Parameter> parameters, Map<String, List<Indices.Morris>> byOutcome) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("outcome,parameter,mu_star,mu_star_low,mu_star_high,sigma\n");
            for (Map.Entry<String, List<Indices.Morris>> e : byOutcome.entrySet()) {
                for (Indices.Morris m : e.getValue()) {
                    out.write(e.getKey() + "," + Csv.text(parameters.get(m.parameter()).path()) + "," + Csv.number(m.muStar()) + ","
                            + Csv.number(m.muStarLow()) + "," + Csv.number(m.muStarHigh()) + "," + Csv.number(m.sigma()) + "\n");
                }
            }
        }
    }
}
