package brink.experiment;

/**
 * When a metric is recorded (see {@link RecordLayout}). DAILY: at the start and after every day. STANDARD: the
 * starting state, after each of the first {@code recording.dailyDays} days (0 by default), at each month end and at the
 * end. MONTHLY: at each month end (values that count something within that month).
 */
public enum Cadence { DAILY, STANDARD, MONTHLY }
