package brink.analysis;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a sweep has finished so far, one line per sample in the order they finish, flushed as each one ends, so that
 * an interrupted sweep (Ctrl-C, a crash, power off) continues with {@code --resume}. Numbers are written exactly
 * (Java's shortest round-trip form), so a resumed sweep computes the same indices as one never interrupted. The first
 * line names the sweep (a fingerprint of scenario, settings, parameters, design, replications, seed and outcomes): a
 * checkpoint of another sweep is never continued.
 */
public final class Checkpoint implements AutoCloseable {
    private static final String HEADER = "# brink sweep checkpoint ";
    private final BufferedWriter out;

    private Checkpoint(BufferedWriter out) {
        this.out = out;
    }

    /** The samples a checkpoint of this sweep holds (empty if there is none, or it is another sweep's). */
    public static Map<Integer, SampleResult> read(Path file, String fingerprint, int parameters, int outcomes) throws IOException {
        return read(file, fingerprint, parameters, outcomes, 0);
    }

    /** The same for a calibration, whose samples also carry {@code targets} target values. */
    public static Map<Integer, SampleResult> read(Path file, String fingerprint, int parameters, int outcomes, int targets)
            throws IOException {
        Map<Integer, SampleResult> done = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return done;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER + fingerprint)) {
            return done;
        }
        int width = 1 + parameters + 3 * outcomes + targets;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells.length != width) {
                continue; // the line being written when the sweep stopped
            }
            try {
                double[] v = new double[width - 1];
                for (int i = 1; i < width; i++) {
                    v[i - 1] = Double.parseDouble(cells[i]);
                }
                int sample = Integer.parseInt(cells[0]);
                done.put(sample, new SampleResult(sample, java.util.Arrays.copyOfRange(v, 0, parameters),
                        java.util.Arrays.copyOfRange(v, parameters, parameters + outcomes),
                        java.util.Arrays.copyOfRange(v, parameters + outcomes, parameters + 2 * outcomes),
                        java.util.Arrays.copyOfRange(v, parameters + 2 * outcomes, parameters + 3 * outcomes),
                        java.util.Arrays.copyOfRange(v, parameters + 3 * outcomes, width - 1)));
            } catch (NumberFormatException e) {
                // a damaged line: that sample is simply run again
            }
        }
        return done;
    }

    /** Opens the checkpoint for appending; a fresh sweep starts it anew with its fingerprint. */
    public static Checkpoint open(Path file, String fingerprint, boolean continuing) throws IOException {
        BufferedWriter w;
        if (continuing) {
            w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            w.newLine(); // ends a half-written last line, if any (read() skips the empty line)
        } else {
            w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            w.write(HEADER + fingerprint);
            w.newLine();
        }
        w.flush();
        return new Checkpoint(w);
    }

    public synchronized void add(SampleResult r) throws IOException {
        List<String> cells = new ArrayList<>();
        cells.add(String.valueOf(r.sample()));
        for (double[] part : new double[][] {r.values(), r.mean(), r.low(), r.high(), r.targets()}) {
            for (double x : part) {
                cells.add(Double.toString(x));
            }
        }
        out.write(String.join(",", cells));
        out.newLine();
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
