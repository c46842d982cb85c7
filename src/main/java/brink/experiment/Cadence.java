package brink.experiment;

/**
 * When a metric is recorded. DAILY: every day. STANDARD: every day of the first {@code recording.dailyDays}
 * days, then on the last day of each month. MONTHLY: on the last day of each month (values that count
 * something within that month).
 */
public enum Cadence { DAILY, STANDARD, MONTHLY }
