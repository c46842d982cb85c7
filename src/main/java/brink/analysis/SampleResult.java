package brink.analysis;

/**
 * One sample of a sweep, evaluated: its index in the design, the values the varied fields took, and for each outcome
 * the mean over the replications with its 95 % interval (t-based; NaN with a single replication).
 */
public record SampleResult(int sample, double[] values, double[] mean, double[] low, double[] high) {
}
