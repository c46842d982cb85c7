package brink.experiment;

import java.util.List;

/**
 * What every replication of one scenario has in common: its series (each stored at a column of its cadence's
 * rows), record instants, and its outcome catalogue with what it depends on (rungs, firers, events, balances, years).
 */
public record RunShape(
        String scenario,
        RecordLayout layout,
        List<SeriesKey> keys,
        int[] column,
        int[] width,
        OutcomeContext context,
        List<Outcome> outcomes) {

    /** Cells of a cadence in one run: record points times series. */
    public int cells(Cadence c) {
        return layout.points(c) * width[c.ordinal()];
    }

    /** Index of series s at point p within its cadence's values. */
    public int cell(int series, int point) {
        return point * width[keys.get(series).cadence().ordinal()] + column[series];
    }

    public List<String> rungs() {
        return context.rungs();
    }

    public int years() {
        return context.years();
    }
}
