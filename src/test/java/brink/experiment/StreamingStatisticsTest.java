package brink.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streaming statistics agree with a direct computation over stored results. */
class StreamingStatisticsTest {

    /**
     * A value that is not a number (undefined in a replication) makes the cell's mean and percentiles undefined, below
     * the pilot (exact percentiles) and beyond it (binned) alike: they used to differ (NaN against a number).
     */
    @Test
    void anUndefinedValueIsUndefinedOnEitherSideOfThePilot() {
        for (int n : new int[] {50, 200}) {
            StreamingStatistics stats = new StreamingStatistics(new int[] {2}, n);
            for (int r = 0; r < n; r++) {
                double v = r == n - 3 ? Double.NaN : r;
                stats.add(new double[][] {{v, r}});
            }
            for (double p : stats.percentiles(0, 0)) {
                assertTrue(Double.isNaN(p), n + " replications: " + java.util.Arrays.toString(stats.percentiles(0, 0)));
            }
            assertTrue(Double.isNaN(stats.mean(0, 0)));
            assertEquals((n - 1) / 2.0, stats.percentiles(0, 1)[2], n > 100 ? 2.0 : 1e-9, "the other cell is untouched");
        }
    }

    /** A batch of four replications binned together keeps the same extremes as one by one (a NaN hid the other three). */
    @Test
    void aBatchWithANonNumberStillRecordsItsExtremes() {
        Histograms h = new Histograms(new int[] {1}, new double[][] {{0.0, 10.0}}, 2);
        Histograms.Counts c = new Histograms.Counts(new int[] {1});
        h.binFour(c, 0, new double[] {Double.NaN}, new double[] {1.0}, new double[] {9.0}, new double[] {Double.NaN}, 0, 1);
        assertEquals(1.0, c.min[0][0], 1e-12);
        assertEquals(9.0, c.max[0][0], 1e-12);
    }

    @Test
    void smallEnsembleMatchesDirectComputationExactly() throws Exception {
        Scenario s = ScenarioLoader.load(TestFiles.resource("three-actors.yaml"));
        Replication rep = new Replication(s, s.days(), Metrics.standard());
        int n = 30;
        List<RunRecord> runs = new ArrayList<>();
        RunShape shape = null;
        for (int i = 0; i < n; i++) {
            Replication.Outcome o = rep.run(i, Seeds.replication(3, i));
            runs.add(o.record());
            shape = o.shape();
        }
        StreamingStatistics stats = StreamingStatistics.forShape(shape, n);
        runs.forEach(r -> stats.add(r.values()));
        int checked = 0;
        for (int b = 0; b < 3; b++) {
            for (int cell = 0; cell < runs.get(0).values()[b].length; cell += 11) {
                double[] v = new double[n];
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    v[i] = runs.get(i).values()[b][cell];
                    sum += v[i];
                }
                Arrays.sort(v);
                assertEquals(sum / n, stats.mean(b, cell), 1e-12 * Math.max(1, Math.abs(sum / n)));
                double[] p = stats.percentiles(b, cell);
                double[] ps = StreamingStatistics.PERCENTILES;
                for (int k = 0; k < ps.length; k++) {
                    // h = (n - 1) p, interpolate between the order statistics around h
                    double h = (n - 1) * ps[k] / 100;
                    int lo = (int) Math.floor(h);
                    double expected = v[lo] + (h - lo) * (v[Math.min(n - 1, lo + 1)] - v[lo]);
                    assertEquals(expected, p[k], 1e-12 * Math.max(1, Math.abs(expected)));
                }
                checked++;
            }
        }
        assertTrue(checked > 50);
    }

    @Test
    void beyondThePilotPercentilesStayWithinABinOfTheExactValue() throws Exception {
        int n = 5000;
        int cells = 4;
        Random r = new Random(1);
        double[][] all = new double[cells][n];
        StreamingStatistics stats = new StreamingStatistics(new int[] {cells}, n);
        for (int i = 0; i < n; i++) {
            double[] row = {r.nextGaussian() * 10 + 50, Math.exp(r.nextGaussian()), r.nextInt(8), 7.0};
            for (int c = 0; c < cells; c++) {
                all[c][i] = row[c];
            }
            if (i >= StreamingStatistics.PILOT && i % 2 == 0) {
                stats.binConcurrently(new double[][] {row}); // as a worker would
                stats.add(new double[][] {row}, false);
            } else {
                stats.add(new double[][] {row});
            }
        }
        for (int c = 0; c < cells; c++) {
            double[] v = all[c].clone();
            Arrays.sort(v);
            double pilotRange = Arrays.stream(all[c], 0, StreamingStatistics.PILOT).max().getAsDouble()
                    - Arrays.stream(all[c], 0, StreamingStatistics.PILOT).min().getAsDouble();
            double bin = 1.5 * pilotRange / StreamingStatistics.BINS;
            double[] p = stats.percentiles(0, c);
            for (int k = 0; k < p.length; k++) {
                double exact = StreamingStatistics.exact(v, StreamingStatistics.PERCENTILES[k]);
                assertTrue(Math.abs(p[k] - exact) <= bin + 1e-12, "cell " + c + " p" + StreamingStatistics.PERCENTILES[k]
                        + ": " + p[k] + " vs exact " + exact + " (bin " + bin + ")");
            }
            assertEquals(Arrays.stream(all[c]).sum() / n, stats.mean(0, c), 1e-9);
        }
        assertEquals(7.0, stats.percentiles(0, 3)[2], "a constant stays exact");
    }

    /** The pilot's values are binned when the bins are fixed (and then let go): they still count in the percentiles. */
    @Test
    void thePilotCountsInThePercentilesBeyondIt() throws Exception {
        int n = 150;
        StreamingStatistics stats = new StreamingStatistics(new int[] {1}, n);
        for (int i = 0; i < n; i++) {
            double[] row = {i < StreamingStatistics.PILOT ? (i % 2) * 1e-3 : 1.0};
            if (i >= StreamingStatistics.PILOT) {
                stats.binConcurrently(new double[][] {row});
                stats.add(new double[][] {row}, false);
            } else {
                stats.add(new double[][] {row});
            }
        }
        double[] p = stats.percentiles(0, 0);
        assertTrue(p[2] < 0.01, "100 of 150 values are about 0: the median is " + p[2]);
        assertTrue(p[4] > 0.5, "the 50 ones beyond the pilot's range count too: the 95th percentile is " + p[4]);
    }
}
