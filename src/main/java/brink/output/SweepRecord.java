package brink.output;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A sweep's folder read back for discovery and charts: the varied fields (manifest.json) and samples.csv, checked as
 * they are read: a missing, damaged or edited file is reported by name and line.
 */
public record SweepRecord(Path dir, Manifest.Sweep manifest, List<String> parameters, List<String> columns, double[][] values) {

    public static SweepRecord read(Path dir) throws IOException {
        return read(dir, dir::resolve);
    }

    /** @param locate where each file of the folder is read from (a staged folder: its files not yet committed) */
    public static SweepRecord read(Path dir, IoFunction locate) throws IOException {
        Path m = locate.apply("manifest.json");
        Path s = locate.apply("samples.csv");
        Path shown = dir.resolve("samples.csv");
        if (!Files.isRegularFile(m) || !Files.isRegularFile(s)) {
            throw new IOException(dir + " has no " + (Files.isRegularFile(m) ? "samples.csv" : "manifest.json")
                    + ": is it the output folder of brink sweep?");
        }
        Manifest.Sweep manifest = Manifest.readSweep(m, dir.resolve("manifest.json"));
        List<String> parameters = new ArrayList<>();
        manifest.parameters().forEach(p -> parameters.add(p.path() == null ? "" : p.path()));
        if (parameters.isEmpty()) {
            throw new IOException(m + " names no varied fields: is it the manifest of brink sweep?");
        }
        try (Reader in = Files.newBufferedReader(s, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<String> columns = parser.getHeaderNames();
            for (String p : parameters) {
                if (!columns.contains(p)) {
                    throw new IOException(shown + " has no column " + p + ", which manifest.json varies");
                }
            }
            List<double[]> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                if (!r.isConsistent()) {
                    throw new IOException(shown + " line " + (r.getRecordNumber() + 1) + ": " + r.size() + " cells, not " + columns.size());
                }
                double[] v = new double[columns.size()];
                java.util.Set<Integer> fields = new java.util.HashSet<>();
                parameters.forEach(p -> fields.add(columns.indexOf(p)));
                for (int c = 0; c < v.length; c++) {
                    String cell = r.get(c);
                    try {
                        v[c] = cell.isEmpty() ? Double.NaN : cell.equals("true") ? 1 : cell.equals("false") ? 0
                                : Double.parseDouble(cell);
                    } catch (NumberFormatException e) {
                        throw new IOException(shown + " line " + (r.getRecordNumber() + 1) + ", " + columns.get(c) + ": '" + cell
                                + "' is not a number");
                    }
                    // a varied field's value is always a number: a NaN or an infinity there is a damaged file, not a sample
                    if (fields.contains(c) && !Double.isFinite(v[c])) {
                        throw new IOException(shown + " line " + (r.getRecordNumber() + 1) + ", " + columns.get(c) + ": '" + cell
                                + "' is not a value of the varied field (brink sweep writes a number there)");
                    }
                }
                rows.add(v);
            }
            if (rows.isEmpty()) {
                throw new IOException(shown + " has no samples");
            }
            return new SweepRecord(dir, manifest, List.copyOf(parameters), List.copyOf(columns), rows.toArray(double[][]::new));
        } catch (java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new IOException(shown + " cannot be read as CSV: " + e.getMessage(), e);
        }
    }

    /** A file of the folder by name. */
    @FunctionalInterface
    public interface IoFunction {
        Path apply(String name) throws IOException;
    }

    /** The column's values, one per sample. */
    public double[] column(String name) {
        int c = columns.indexOf(name);
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i][c];
        }
        return out;
    }

    /** A calibration's draw i: kept (every target within the tolerance)? */
    public boolean keptAt(int i) {
        int c = columns.indexOf("accepted");
        return c >= 0 && values[i][c] == 1;
    }

    /** The varied fields' values, one row per sample. */
    public double[][] parameterValues() {
        double[][] x = new double[values.length][parameters.size()];
        for (int j = 0; j < parameters.size(); j++) {
            double[] col = column(parameters.get(j));
            for (int i = 0; i < x.length; i++) {
                x[i][j] = col[i];
            }
        }
        return x;
    }

    /** The outcomes recorded (their mean columns). */
    public List<String> outcomes() {
        return manifest.outcomes();
    }
}
