package brink.experiment;

import brink.model.BrinkModel;
import brink.model.LoggedEvent;
import brink.model.World;
import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One run's history as it happens, for watching it: the named metrics every day (counts per month on the last day
 * of each month) and the event log. A MASON observer appends from the model's thread; a viewer on another thread
 * (the GUI) takes what is new since it last looked. It only reads the world.
 */
public final class LiveHistory implements Steppable {
    private static final long serialVersionUID = 1L;

    /** The values of the daily or of the monthly series on one day, in the order of their keys. */
    public record Row(int day, double[] values) {
    }

    private final List<Metric> dailyMetrics = new ArrayList<>();
    private final List<Metric> monthlyMetrics = new ArrayList<>();
    private List<SeriesKey> dailyKeys;
    private List<SeriesKey> monthlyKeys;
    /** How many series each metric has, worked out on the first day. */
    private int[] dailyWidths;
    private int[] monthlyWidths;
    private final List<Row> daily = new ArrayList<>(4096);
    private final List<Row> monthly = new ArrayList<>(128);
    private final List<LoggedEvent> events = new ArrayList<>(512);

    /** Records the metrics of {@link Metrics#standard()} with these names. */
    public LiveHistory(String... metricNames) {
        for (Metric m : Metrics.named(metricNames)) {
            (m.cadence() == Cadence.MONTHLY ? monthlyMetrics : dailyMetrics).add(m);
        }
    }

    @Override
    public void step(SimState state) {
        World w = ((BrinkModel) state).world();
        int day = w.getDay();
        boolean monthEnd = w.date(day + 1).getDayOfMonth() == 1;
        synchronized (this) {
            if (dailyKeys == null) {
                dailyKeys = keys(dailyMetrics, w);
                monthlyKeys = keys(monthlyMetrics, w);
                dailyWidths = widths(dailyMetrics, w);
                monthlyWidths = widths(monthlyMetrics, w);
            }
            daily.add(new Row(day, read(dailyMetrics, dailyWidths, dailyKeys.size(), w)));
            if (monthEnd) {
                monthly.add(new Row(day, read(monthlyMetrics, monthlyWidths, monthlyKeys.size(), w)));
            }
            List<LoggedEvent> log = w.log();
            for (int i = events.size(); i < log.size(); i++) {
                events.add(log.get(i));
            }
        }
    }

    private static List<SeriesKey> keys(List<Metric> metrics, World w) {
        List<SeriesKey> k = new ArrayList<>();
        for (Metric m : metrics) {
            k.addAll(m.keys(w));
        }
        return List.copyOf(k);
    }

    private static int[] widths(List<Metric> metrics, World w) {
        return metrics.stream().mapToInt(m -> m.keys(w).size()).toArray();
    }

    private static double[] read(List<Metric> metrics, int[] widths, int width, World w) {
        double[] row = new double[width];
        int offset = 0;
        for (int m = 0; m < widths.length; m++) {
            metrics.get(m).read(w, row, offset);
            offset += widths[m];
        }
        return row;
    }

    /** The keys of the daily series (empty until the first day has been recorded). */
    public synchronized List<SeriesKey> dailyKeys() {
        return dailyKeys == null ? List.of() : dailyKeys;
    }

    /** The keys of the monthly series (empty until the first day has been recorded). */
    public synchronized List<SeriesKey> monthlyKeys() {
        return monthlyKeys == null ? List.of() : monthlyKeys;
    }

    /** Daily rows from index {@code from} on (a viewer passes how many it already has). */
    public synchronized List<Row> daily(int from) {
        return List.copyOf(daily.subList(Math.min(from, daily.size()), daily.size()));
    }

    /** Month-end rows from index {@code from} on. */
    public synchronized List<Row> monthly(int from) {
        return List.copyOf(monthly.subList(Math.min(from, monthly.size()), monthly.size()));
    }

    /** Logged events from index {@code from} on; an event's {@code cause} is the index of an earlier one. */
    public synchronized List<LoggedEvent> events(int from) {
        return List.copyOf(events.subList(Math.min(from, events.size()), events.size()));
    }

    /** The last day recorded, or -1 before the first. */
    public synchronized int lastDay() {
        return daily.isEmpty() ? -1 : daily.get(daily.size() - 1).day();
    }
}
