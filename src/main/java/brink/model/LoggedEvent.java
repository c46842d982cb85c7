package brink.model;

/**
 * One line of the narrative: what happened on which day, who did it to whom, how the ladder and the signalling track
 * moved, and which earlier event caused it ({@code cause} is -1 for none, else the {@code seq} of the causing event).
 */
public record LoggedEvent(int seq, int day, String actor, String target, String type, String detail,
                          int rungBefore, int rungAfter, int signalBefore, int signalAfter, int cause, Kind kind, String period)
        implements java.io.Serializable {
    /**
     * What kind of line it is, so that no reader has to recognise it by its words: an event of the scenario firing; a
     * period (an exercise, talks...) beginning or ending, {@code period} naming its type; a scheduled or triggered
     * action (a team's order included); a trigger holding; combat starting or ending (clash, war begins, war ends); the
     * ladder or the signalling track easing.
     */
    public enum Kind {
        EVENT, PERIOD_BEGINS, PERIOD_ENDS, ACTION, TRIGGER, COMBAT, EASING;

        /** As written in events.csv: lower case, words joined by '_'. */
        public String text() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public LoggedEvent {
        period = period == null ? "" : period;
    }
}
