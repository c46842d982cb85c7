package brink.experiment;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * One per-run outcome of the catalogue ({@link Outcomes}): a name (a column of runs.csv, a row of comparison.csv), a
 * label a student reads aloud, a unit, a definition, whether it is a headline (shown by the run and compare summaries,
 * the report and the comparison charts), and how a run's summary gives its value. The mean of a probability outcome
 * (0 or 1 per run) over the replications is the probability.
 */
public record Outcome(String name, String label, Unit unit, String definition, boolean headline, About about,
                      ToDoubleFunction<RunSummary> value) {

    /** What an outcome counts, so that nothing needs to read it back out of the name. */
    public enum Kind {
        ANY_CLASH, ANY_LETHAL_CLASH, ANY_WAR, REACHED, CLASHES, LETHAL_CLASHES, DAYS_AT_WAR, DAYS_AT_RUNG, EVENT_COUNT, BUDGET_GROWTH, BALANCE, FIRED_PER_YEAR,
        FIRING_DAYS_PER_YEAR, FIRING_DAYS, FIRING_DAYS_IN_MONTH, FIRED;

        /** As written in comparison.csv and manifest.json: lower case, words joined by '_'. */
        public String text() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The kind, its subject (a rung's name, an event's, balance's, firer's or actor's id), the year it is about (1 = the
     * first; 0: the whole run) and the calendar month (1-12; 0: none).
     */
    public record About(Kind kind, String subject, int year, int month) {
        public static About run(Kind kind, String subject) {
            return new About(kind, subject, 0, 0);
        }

        public static About year(Kind kind, String subject, int year) {
            return new About(kind, subject, year, 0);
        }
    }

    /** What an outcome's numbers are; differences of unlike units are never drawn on one axis. */
    public enum Unit {
        PROBABILITY("probability"),
        COUNT("count over the run"),
        COUNT_IN_YEAR("count in the year"),
        PER_YEAR("count per year"),
        DAYS("days"),
        RATIO("ratio (1 = parity)"),
        GROWTH("growth per year");

        private final String text;

        Unit(String text) {
            this.text = text;
        }

        /** As written in runs.csv's documentation, comparison.csv and manifest.json. */
        public String text() {
            return text;
        }

        public static Unit ofText(String text) {
            for (Unit u : values()) {
                if (u.text.equals(text)) {
                    return u;
                }
            }
            throw new IllegalArgumentException("no outcome unit '" + text + "'");
        }

        /** A mean value as a student reads it: "24.5 %" for a probability, "0.31" otherwise. */
        public String show(double mean) {
            if (!Double.isFinite(mean)) {
                return "n/a";
            }
            return this == PROBABILITY ? String.format(Locale.ROOT, "%.1f %%", 100 * mean)
                    : this == GROWTH ? String.format(Locale.ROOT, "%+.1f %%", 100 * mean) : number(mean);
        }

        /**
         * The 95 % interval of the mean of an outcome's values over replications, as every output prints it: Wilson's
         * score interval when every value is 0 or 1, else t; never below 0 for a unit that cannot be (a count, days, a
         * probability). Infinite for a single value.
         */
        public double[] meanInterval(double[] values) {
            double[] ci = Targets.interval(values);
            if (this != RATIO && this != GROWTH) {
                ci[0] = Math.max(0, ci[0]);
            }
            return ci;
        }

        /** A paired difference with its interval: "-2.0 points [-9.3, +5.3]" or "+0.31 [-0.05, +0.60]". */
        public String showDifference(double difference, double low, double high) {
            // enough decimals for the interval's half-width to show two significant digits: "+0.026 [+0.025, +0.028]",
            // never an interval printed as "[+0.03, +0.03]" that reads as certainty
            double scale = this == PROBABILITY || this == GROWTH ? 100 : 1;
            double half = scale * (high - low) / 2;
            int decimals = this == PROBABILITY || this == GROWTH ? 1 : Math.abs(difference) >= 100 ? 0 : Math.abs(difference) >= 10 ? 1 : 2;
            if (Double.isFinite(half) && half > 0) {
                decimals = Math.max(decimals, Math.min(6, 1 - (int) Math.floor(Math.log10(half))));
            }
            String f = "%+." + decimals + "f";
            String unit = this == PROBABILITY || this == GROWTH ? " points" : "";
            return String.format(Locale.ROOT, f + unit + " [" + f + ", " + f + "]", scale * difference, scale * low, scale * high);
        }

        /**
         * A mean with its interval, with the decimals the interval needs: "0.3046 [0.3031, 0.3061]" rather than
         * "0.30 [0.30, 0.30]", which reads as certainty.
         */
        public String showWithInterval(double mean, double low, double high) {
            if (this == PROBABILITY || this == GROWTH || !Double.isFinite(high - low) || high - low <= 0) {
                return show(mean) + " [" + show(low) + ", " + show(high) + "]";
            }
            double a = Math.abs(mean);
            int decimals = a >= 100 ? 0 : a >= 10 ? 1 : 2;
            decimals = Math.max(decimals, Math.min(6, 1 - (int) Math.floor(Math.log10((high - low) / 2))));
            String f = "%." + decimals + "f";
            return String.format(Locale.ROOT, f + " [" + f + ", " + f + "]", mean, low, high);
        }

        /**
         * The difference as a student should read it: with its interval, or, when no pair of n differed, "no pair of 50
         * differed: a change beyond +-6.0 points would have shown (95 %)" instead of an interval of zero width.
         */
        public String showDifference(double difference, double low, double high, long differing, long n) {
            if (differing == 0 && Double.isFinite(high)) {
                String beyond = this == PROBABILITY || this == GROWTH ? String.format(Locale.ROOT, "+-%.1f points", 100 * high)
                        : "+-" + number(high);
                return "no pair of " + n + " differed: a change beyond " + beyond + " would have shown (95 %)";
            }
            return showDifference(difference, low, high);
        }

        /** The axis of a chart of differences in this unit. */
        public String differenceAxis() {
            return this == PROBABILITY ? "Difference in probability (percentage points)" : "Difference (" + text + ")";
        }

        private static String number(double v) {
            double a = Math.abs(v);
            return a >= 100 ? String.format(Locale.ROOT, "%.0f", v) : a >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                    : String.format(Locale.ROOT, "%.2f", v);
        }

        private static String signed(double v) {
            return (v >= 0 ? "+" : "") + number(v);
        }
    }
}
