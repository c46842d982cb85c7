package brink.model;

/** The model's clock: one MASON step is one day; rates in scenarios are per year of 365.25 days. */
public final class Time {
    public static final double DAYS_PER_YEAR = 365.25;
    /** One day in years. */
    public static final double DT = 1.0 / DAYS_PER_YEAR;
    /** Days over which readiness closes most of the gap to its target (e-folding time). */
    static final double READINESS_DAYS = 30.0;
    /** Days over which the growth of rivals' power is measured for the arms-race response. */
    static final int GROWTH_WINDOW_DAYS = 30;

    private Time() {
    }
}
