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
 * A cell undefined (NaN) in any replication has an undefined mean and undefined percentiles, however many replications.
 * Cells are grouped in blocks (one per cadence). Replications are {@link #add}ed in order 0, 1, 2, ...; beyond the
 * pilot their binning, whose counts do not depend on order, may instead be done by worker threads with
 * {@link #binConcurrently}, each into its own part, merged when percentiles are read.
 */
public final class StreamingStatistics {
    public static final double[] PERCENTILES = {5, 25, 50, 75, 95};
    public static final int PILOT = 100;
    public static final int BINS = Histograms.BINS;
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
    private Histograms histograms;
    /** The main thread's histogram part (made only if {@link #add} bins anything) and the workers' parts. */
    private Part main;
    /** All parts folded together, with the pilot counted in; made when percentiles are first read. */
    private Part total;
    private final List<Part> parts = new CopyOnWriteArrayList<>();
    /**
     * Each binning thread's part, kept by these statistics (not in a ThreadLocal, whose value a long-lived thread would
     * hold after the statistics are gone: a run's caller thread bins too when it runs replications inline).
     */
    private final java.util.Map<Thread, Part> workerParts = new java.util.concurrent.ConcurrentHashMap<>();
    private final CountDownLatch histogramsReady = new CountDownLatch(1);
    private boolean merged;

    /** A thread's histogram counts, and the replications waiting to be binned into them. */
    private static final class Part {
        final Histograms.Counts counts;
        final double[][][] waiting = new double[BATCH][][];
        int waitingCount;

        Part(int[] cells) {
            counts = new Histograms.Counts(cells);
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
                total += (8L * 3 + (threads + 1) * (4L * Histograms.SLOTS + 16 + 8L * BATCH)) * c;
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
        enqueue(workerParts.computeIfAbsent(Thread.currentThread(), t -> newWorkerPart()), values);
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
                double[][][] w = p.waiting;
                if (p.waitingCount == BATCH) {
                    histograms.binFour(p.counts, b, w[0][b], w[1][b], w[2][b], w[3][b], from, to);
                    continue;
                }
                for (int r = 0; r < p.waitingCount; r++) {
                    histograms.bin(p.counts, b, w[r][b], from, to);
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
                histograms.bin(main.counts, b, row, 0, n);
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
        histograms = new Histograms(cells, pilot, pilotRows);
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
            total.counts.fold(p.counts);
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
        if (Double.isNaN(sums[block][cell])) {
            // a value undefined in some replication (the sum keeps it): undefined, as the mean, below and beyond the pilot alike
            Arrays.fill(out, Double.NaN);
            return out;
        }
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
            out[i] = histograms.percentile(total.counts, count, block, cell, PERCENTILES[i]);
        }
        return out;
    }

    static double exact(double[] sorted, double p) {
        double h = (sorted.length - 1) * p / 100.0;
        int lower = (int) Math.floor(h);
        int upper = Math.min(sorted.length - 1, lower + 1);
        return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
    }

    public int replications() {
        return replications;
    }
}
