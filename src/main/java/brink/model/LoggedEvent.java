package brink.model;

/**
 * One line of the narrative: what happened on which day, who did it to whom, how the ladder and the signalling track
 * moved, and which earlier event caused it ({@code cause} is -1 for none, else the {@code seq} of the causing event).
 */
public record LoggedEvent(int seq, int day, String actor, String target, String type, String detail,
                          int rungBefore, int rungAfter, int signalBefore, int signalAfter, int cause) {
}
