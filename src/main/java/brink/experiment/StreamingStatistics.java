package brink.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * Mean and percentiles (5, 25, 50, 75, 95) of every recorded cell over the replications, in memory that does not
 * grow with their number.
 * <ul>
 * <li>The mean is exact (a running sum, added in replication order so results do not depend on threads).</li>
 * <li>Up to {@link #PILOT} replications every value is kept and percentiles are exact: linear interpolation between
 * order statistics (the "R-7" rule of NumPy and Excel's PERCENTILE.INC).</li>
 * <li>Beyond that, each cell gets a histogram of {@link #BINS} bins spanning the range its first {@link #PILOT}
 * values took, widened by a quarter of that range on each side, plus exact counts, minimum and maximum of the
 * values outside it. A percentile is then read off the histogram by linear interpolation within its bin: its
 * error is at most one bin width, 1/{@value #BINS} x 1.5 x the pilot range of that cell, usually far less.</li>
 * </ul>
 * Cells are grouped in blocks (one per cadence). Replications are {@link #add}ed in order 0, 1, 2, ...; beyond the
 * pilot their binning, whose counts do not depend on order, may instead be done by worker threads with
 * {@link #binConcurrently}, each into its own part, merged when percentiles are read.
 */
public final class StreamingStatistics {
    public static final double[] PERCENTILES = {5, 25, 50, 75, 95};
    public static final int PILOT = 100;
    public static final int BINS = 48;
    private static final double WIDEN = 0.25;
    private static final int SLOTS = BINS + 2;
    /**
     * Replications a part holds before binning them together, and cells binned per pass over them: binning one
     * replication at a time scatters its ~34,000 increments over megabytes of counts (a cache miss each, over half
     * of a replication's cost); a tile of cells for a batch of replications keeps its counts in the core's cache.
     */
    private static final int BATCH = 4;
    private static final int TILE = 512;

    private final int[] cells;
    private final int replications;
    private final int pilotRows;
    private final double[][] sums;
    /** The pilot's values, row-major; once the bins are fixed they are binned and let go (null). */
    private final double[][] pilot;
    private int count;

    /** Bin geometry, fixed by the pilot. */
    private double[][] lo;
    private double[][] binWidth;
    private double[][] inverseWidth;
    /** The main thread's histogram part (made only if {@link #add} bins anything) and the workers' parts. */
    private Part main;
    /** All parts folded together, with the pilot counted in; made when percentiles are first read. */
    private Part total;
    private final List<Part> parts = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Part> workerPart = ThreadLocal.withInitial(this::newWorkerPart);
    private final CountDownLatch histogramsReady = new CountDownLatch(1);
    private boolean merged;

    /**
     * Counts (slot-major: counts[slot * cells + cell], so neighbouring cells share cache lines), minima, maxima, and
     * the replications waiting to be binned.
     */
    private static final class Part {
        final int[][] counts;
        final double[][] min;
        final double[][] max;
        final double[][][] waiting = new double[BATCH][][];
        int waitingCount;

        Part(int[] cells) {
            counts = new int[cells.length][];
            min = new double[cells.length][];
            max = new double[cells.length][];
            for (int b = 0; b < cells.length; b++) {
                counts[b] = new int[cells[b] * SLOTS];
                min[b] = new double[cells[b]];
                max[b] = new double[cells[b]];
                Arrays.fill(min[b], Double.POSITIVE_INFINITY);
                Arrays.fill(max[b], Double.NEGATIVE_INFINITY);
            }
        }
    }

    public StreamingStatistics(int[] cellsPerBlock, int replications) {
        this.cells = cellsPerBlock.clone();
        this.replications = replications;
        this.pilotRows = Math.min(PILOT, replications);
        int blocks = cells.length;
        sums = new double[blocks][];
        pilot = new double[blocks][];
        for (int b = 0; b < blocks; b++) {
            sums[b] = new double[cells[b]];
            pilot[b] = new double[pilotRows * cells[b]];
        }
    }

    public static StreamingStatistics forShape(RunShape shape, int replications) {
        return new StreamingStatistics(cellsOf(shape), replications);
    }

    public static int[] cellsOf(RunShape shape) {
        int[] c = new int[RecordPlan.CADENCES.length];
        for (Cadence cadence : RecordPlan.CADENCES) {
            c[cadence.ordinal()] = shape.cells(cadence);
        }
        return c;
    }

    /** Bytes held for {@code replications} replications of cells in these blocks, with one worker part per thread. */
    public static long bytesFor(int[] cellsPerBlock, int replications, int threads) {
        long total = 0;
        for (int c : cellsPerBlock) {
            total += 8L * c + 8L * Math.min(PILOT, replications) * c;
            if (replications > PILOT) {
                // counts, minima and maxima, and the replications waiting to be binned; +1: the merged total at the end
                total += (8L * 3 + (threads + 1) * (4L * SLOTS + 16 + 8L * BATCH)) * c;
            }
        }
        return total;
    }

    /**
     * Adds one replication's values[block][cell], binning it here too. The arrays are kept until binned: the caller
     * must not change them afterwards.
     */
    public void add(double[][] values) {
        add(values, true);
    }

    /**
     * Adds one replication in order; {@code bin} false when a worker has already called {@link #binConcurrently}
     * for it (only allowed beyond the pilot).
     */
    public void add(double[][] values, boolean bin) {
        if (count >= replications) {
            throw new IllegalStateException("more replications than announced: " + replications);
        }
        boolean pilotRow = count < pilotRows;
        for (int b = 0; b < cells.length; b++) {
            double[] v = values[b];
            double[] s = sums[b];
            for (int i = 0; i < v.length; i++) {
                s[i] += v[i];
            }
            if (pilotRow) {
                System.arraycopy(v, 0, pilot[b], count * cells[b], cells[b]);
            }
        }
        if (!pilotRow && bin) {
            if (main == null) {
                main = new Part(cells);
            }
            enqueue(main, values);
        }
        count++;
        if (count == pilotRows && replications > pilotRows) {
            buildHistograms();
            binPilot();
            histogramsReady.countDown();
        }
    }

    /**
     * True when replication {@code index} lies beyond the pilot, so that a worker may bin it. Workers must not wait
     * for replications of the pilot: the main thread needs those to finish the pilot.
     */
    public boolean binsConcurrently(int index) {
        return index >= pilotRows;
    }

    /**
     * Bins a replication beyond the pilot on the calling (worker) thread, into that thread's own part; waits until
     * the pilot has fixed the bins. The replication must still be {@link #add}ed, with bin false.
     */
    public void binConcurrently(double[][] values) throws InterruptedException {
        histogramsReady.await();
        enqueue(workerPart.get(), values);
    }

    private void enqueue(Part p, double[][] values) {
        p.waiting[p.waitingCount++] = values;
        if (p.waitingCount == BATCH) {
            binWaiting(p);
        }
    }

    /** Bins a part's waiting replications, a tile of cells at a time over all of them. */
    private void binWaiting(Part p) {
        for (int b = 0; b < cells.length; b++) {
            for (int from = 0; from < cells[b]; from += TILE) {
                int to = Math.min(cells[b], from + TILE);
                if (p.waitingCount == BATCH) {
                    binFour(p, b, p.waiting, from, to);
                    continue;
                }
                for (int r = 0; r < p.waitingCount; r++) {
                    bin(p, b, p.waiting[r][b], from, to);
                }
            }
        }
        java.util.Arrays.fill(p.waiting, null);
        p.waitingCount = 0;
    }

    /**
     * Bins the pilot's values into the main part and lets them go: beyond the pilot only the histograms are read, and
     * the pilot's rows (replications x cells) are the largest thing held, more than a part's counts.
     */
    private void binPilot() {
        if (main == null) {
            main = new Part(cells);
        }
        for (int b = 0; b < cells.length; b++) {
            int n = cells[b];
            double[] row = new double[n];
            for (int r = 0; r < pilotRows; r++) {
                System.arraycopy(pilot[b], r * n, row, 0, n);
                bin(main, b, row, 0, n);
            }
            pilot[b] = null;
        }
    }

    private Part newWorkerPart() {
        Part p = new Part(cells);
        parts.add(p);
        return p;
    }

    private void buildHistograms() {
        int blocks = cells.length;
        lo = new double[blocks][];
        binWidth = new double[blocks][];
        inverseWidth = new double[blocks][];
        for (int b = 0; b < blocks; b++) {
            int n = cells[b];
            lo[b] = new double[n];
            binWidth[b] = new double[n];
            inverseWidth[b] = new double[n];
            for (int i = 0; i < n; i++) {
                double mn = Double.POSITIVE_INFINITY;
                double mx = Double.NEGATIVE_INFINITY;
                for (int r = 0; r < pilotRows; r++) {
                    double v = pilot[b][r * n + i];
                    mn = Math.min(mn, v);
                    mx = Math.max(mx, v);
                }
                double range = mx - mn;
                double pad = range > 0 ? WIDEN * range : Math.max(Math.abs(mn) * 1e-9, 1e-12);
                lo[b][i] = mn - pad;
                binWidth[b][i] = (range + 2 * pad) / BINS;
                inverseWidth[b][i] = 1.0 / binWidth[b][i];
            }
        }
    }

    /** Bins cells [from, to) of one block of one replication. Slot 0 counts values below the bins, slot BINS + 1 above. */
    private void bin(Part p, int b, double[] v, int from, int to) {
        int[] c = p.counts[b];
        double[] mn = p.min[b];
        double[] mx = p.max[b];
        double[] l = lo[b];
        double[] inv = inverseWidth[b];
        int n = v.length;
        for (int i = from; i < to; i++) {
            double x = v[i];
            double pos = (x - l[i]) * inv[i];
            int slot = pos < 0 ? 0 : pos >= BINS ? BINS + 1 : 1 + (int) pos;
            c[slot * n + i]++;
            if (x < mn[i]) {
                mn[i] = x;
            }
            if (x > mx[i]) {
                mx[i] = x;
            }
        }
    }

    /**
     * {@link #bin} for a full batch of four replications at once: each cell's bin geometry, minimum and maximum are
     * read once for the four values (the counts are the same as binning them one by one).
     */
    private void binFour(Part p, int b, double[][][] rows, int from, int to) {
        int[] c = p.counts[b];
        double[] mn = p.min[b];
        double[] mx = p.max[b];
        double[] l = lo[b];
        double[] inv = inverseWidth[b];
        double[] v0 = rows[0][b];
        double[] v1 = rows[1][b];
        double[] v2 = rows[2][b];
        double[] v3 = rows[3][b];
        int n = v0.length;
        for (int i = from; i < to; i++) {
            double li = l[i];
            double ii = inv[i];
            double x0 = v0[i];
            double x1 = v1[i];
            double x2 = v2[i];
            double x3 = v3[i];
            c[slot((x0 - li) * ii) * n + i]++;
            c[slot((x1 - li) * ii) * n + i]++;
            c[slot((x2 - li) * ii) * n + i]++;
            c[slot((x3 - li) * ii) * n + i]++;
            double low = Math.min(Math.min(x0, x1), Math.min(x2, x3));
            double high = Math.max(Math.max(x0, x1), Math.max(x2, x3));
            if (low < mn[i]) {
                mn[i] = low;
            }
            if (high > mx[i]) {
                mx[i] = high;
            }
        }
    }

    private static int slot(double pos) {
        return pos < 0 ? 0 : pos >= BINS ? BINS + 1 : 1 + (int) pos;
    }

    /** Folds the pilot, the main part and the workers' parts together, once, after all adds. */
    private synchronized void merge() {
        if (merged) {
            return;
        }
        List<Part> all = new java.util.ArrayList<>(parts);
        if (main != null) {
            all.add(main);
        }
        for (Part p : all) {
            binWaiting(p);
        }
        // fold into an existing part rather than allocate another one (the main part holds the pilot, binned)
        total = all.isEmpty() ? new Part(cells) : all.remove(0);
        for (Part p : all) {
            for (int b = 0; b < cells.length; b++) {
                for (int i = 0; i < p.counts[b].length; i++) {
                    total.counts[b][i] += p.counts[b][i];
                }
                for (int i = 0; i < cells[b]; i++) {
                    total.min[b][i] = Math.min(total.min[b][i], p.min[b][i]);
                    total.max[b][i] = Math.max(total.max[b][i], p.max[b][i]);
                }
            }
        }
        merged = true;
    }

    public int count() {
        return count;
    }

    public double mean(int block, int cell) {
        return sums[block][cell] / count;
    }

    /** The five percentiles of one cell, in the order of {@link #PERCENTILES}. */
    public double[] percentiles(int block, int cell) {
        double[] out = new double[PERCENTILES.length];
        if (count <= pilotRows) {
            double[] sorted = new double[count];
            for (int r = 0; r < count; r++) {
                sorted[r] = pilot[block][r * cells[block] + cell];
            }
            Arrays.sort(sorted);
            for (int i = 0; i < out.length; i++) {
                out[i] = exact(sorted, PERCENTILES[i]);
            }
            return out;
        }
        merge();
        for (int i = 0; i < out.length; i++) {
            out[i] = fromHistogram(block, cell, PERCENTILES[i]);
        }
        return out;
    }

    static double exact(double[] sorted, double p) {
        double h = (sorted.length - 1) * p / 100.0;
        int lower = (int) Math.floor(h);
        int upper = Math.min(sorted.length - 1, lower + 1);
        return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
    }

    private double fromHistogram(int b, int cell, double p) {
        double mn = total.min[b][cell];
        double mx = total.max[b][cell];
        if (mn == mx) {
            return mn;
        }
        double rank = (count - 1) * p / 100.0;
        int n = cells[b];
        int[] c = total.counts[b];
        double l = lo[b][cell];
        double w = binWidth[b][cell];
        long before = 0;
        for (int slot = 0; slot < SLOTS; slot++) {
            int k = c[slot * n + cell];
            if (k == 0 || rank >= before + k) {
                before += k;
                continue;
            }
            double left = slot == 0 ? mn : l + (slot - 1) * w;
            double right = slot == SLOTS - 1 ? mx : l + slot * w;
            left = Math.max(left, mn);
            right = Math.min(right, mx);
            double f = Math.min(1.0, Math.max(0.0, (rank - before + 0.5) / k));
            return left + f * (right - left);
        }
        return mx;
    }

    public int replications() {
        return replications;
    }
}
