package brink.experiment;

import brink.model.LoggedEvent;
import java.util.List;

/**
 * Everything one replication hands to the outputs: its recorded values ({@code values[cadence]}, a row of series
 * per record point), its summary and its event log.
 */
public record RunRecord(int replication, long seed, double[][] values, RunSummary summary, List<LoggedEvent> events)
        implements java.io.Serializable {
}
