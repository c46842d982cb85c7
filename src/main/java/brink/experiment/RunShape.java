package brink.experiment;

import java.util.List;

/** What every replication of one scenario has in common: its series, record days, launchers, years, rungs, balances. */
public record RunShape(
        String scenario,
        RecordLayout layout,
        List<SeriesKey> keys,
        List<String> launchers,
        int years,
        List<String> rungs,
        List<String> balances) {
}
