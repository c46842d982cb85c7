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
        return read(file, fingerprint, parameters, outcomes, targets, null).done();
    }

    /** What a checkpoint gave: the finished samples, and the lines left out because they do not belong to the design. */
    public record Read(Map<Integer, SampleResult> done, List<String> ignored) {
    }

    /**
     * The samples of the checkpoint that belong to the design: {@code design} gives sample i's field values (null for a
     * sample number the design does not have); a line whose sample is not in the design, or whose values are not the
     * design's, is left out and named. A last line without its line end is the one being written when the sweep stopped
     * (its last number may be cut short): it is left out too. A file that is not UTF-8 text is not a checkpoint of ours.
     */
    public static Read read(Path file, String fingerprint, int parameters, int outcomes, int targets,
                            java.util.function.IntFunction<double[]> design) throws IOException {
        Map<Integer, SampleResult> done = new HashMap<>();
        List<String> ignored = new java.util.ArrayList<>();
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return new Read(done, ignored);
        }
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            if (text.contains("\uFFFD") || text.indexOf('\0') >= 0) {
                throw new java.nio.charset.CharacterCodingException();
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            ignored.add("the file is not a checkpoint (not text): started afresh");
            return new Read(done, ignored);
        }
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
        if (!text.endsWith("\n") && !lines.isEmpty()) {
            lines.remove(lines.size() - 1); // cut off mid-line when the sweep stopped: its numbers may be incomplete
        } else if (!lines.isEmpty()) {
            lines.remove(lines.size() - 1); // the empty string after the last line end
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER + fingerprint)) {
            return new Read(done, ignored);
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
                double[] expected = design == null ? null : design.apply(sample);
                if (design != null && (expected == null || !same(expected, java.util.Arrays.copyOfRange(v, 0, parameters)))) {
                    ignored.add("sample " + sample + (expected == null ? " is not in this design" : " has other values than the design's"));
                    continue;
                }
                done.put(sample, new SampleResult(sample, java.util.Arrays.copyOfRange(v, 0, parameters),
                        java.util.Arrays.copyOfRange(v, parameters, parameters + outcomes),
                        java.util.Arrays.copyOfRange(v, parameters + outcomes, parameters + 2 * outcomes),
                        java.util.Arrays.copyOfRange(v, parameters + 2 * outcomes, parameters + 3 * outcomes),
                        java.util.Arrays.copyOfRange(v, parameters + 3 * outcomes, width - 1)));
            } catch (NumberFormatException e) {
                // a damaged line: that sample is simply run again
            }
        }
        return new Read(done, ignored);
    }

    /** The design's values against a checkpoint's, which were written to 7 significant digits. */
    private static boolean same(double[] expected, double[] read) {
        for (int j = 0; j < expected.length; j++) {
            if (Math.abs(expected[j] - read[j]) > 1e-6 * Math.max(1, Math.abs(expected[j]))) {
                return false;
            }
        }
        return true;
    }

    /** A checkpoint that keeps nothing (for runs that are not resumed). */
    public static Checkpoint none() {
        return new Checkpoint(new BufferedWriter(java.io.Writer.nullWriter()));
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
