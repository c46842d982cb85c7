package brink.experiment;

import java.util.Locale;

/**
 * One recorded time series: a metric of an actor (or bloc, or "theatre") and, where it applies, a domain; what kind of
 * series it is and, for a series about something else, that subject (the bloc a balance is measured against, the actor a
 * transfer delivers to, the rung an indicator is about), so that no reader has to take it back out of the metric's name.
 */
public record SeriesKey(String actor, String domain, String metric, String unit, Cadence cadence, Kind kind, String subject) {
    /** What a series is about. */
    public enum Kind {
        /** A quantity of the actor (or bloc) itself: a stock, a budget, firing. */
        OWN,
        /** A force balance of the actor's bloc against the subject bloc. */
        BALANCE,
        /** What the actor's transfer has delivered to the subject actor. */
        DELIVERY,
        /** An indicator of the ladder's rung whose index is the subject. */
        RUNG;

        /** As written in series.csv: lower case. */
        public String text() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind written so, or null. */
        public static Kind of(String text) {
            for (Kind k : values()) {
                if (k.text().equals(text)) {
                    return k;
                }
            }
            return null;
        }
    }

    /** A series of the actor itself. */
    public SeriesKey(String actor, String domain, String metric, String unit, Cadence cadence) {
        this(actor, domain, metric, unit, cadence, Kind.OWN, "");
    }
}
