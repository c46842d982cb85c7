package brink.analysis;

/**
 * One sample of a sweep, evaluated: its index in the design, the values the varied fields took, for each outcome the
 * mean over the replications with its 95 % interval (Wilson's for probabilities, t-based otherwise; NaN with a single
 * replication), and, for a calibration, the model's value of each of the scenario's targets (empty in a sweep).
 */
public record SampleResult(int sample, double[] values, double[] mean, double[] low, double[] high, double[] targets)
        implements java.io.Serializable {
    public SampleResult(int sample, double[] values, double[] mean, double[] low, double[] high) {
        this(sample, values, mean, low, high, new double[0]);
    }
}
