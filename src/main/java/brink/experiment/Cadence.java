package brink.experiment;

/**
 * When a metric is recorded. DAILY: every day. STANDARD: the first day, every day of the first
 * {@code recording.dailyDays} days (0 by default), the last day of each month and the last day. MONTHLY: on the last day of each month (values that count
 * something within that month).
 */
public enum Cadence { DAILY, STANDARD, MONTHLY }
