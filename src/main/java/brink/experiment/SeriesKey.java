package brink.experiment;

/** One recorded time series: a metric of an actor (or bloc, or "theatre") and, where it applies, a domain. */
public record SeriesKey(String actor, String domain, String metric, String unit, Cadence cadence) {
}
