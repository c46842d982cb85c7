package brink.model;

/**
 * The part of each stochastic event's rate that depends on the run's state: the base rate times the factors of the
 * rung and the signal level, of the stock it uses up ({@code halfStock}) and of the decision rule (willingness to the
 * power of the steps it would climb). Only the calendar's factor of the day is left out. Cached per event until the
 * rung, the signal level, the threat picture or a lever (resolve) changes, or, for an event slowed by a dwindling
 * stock, that stock: on most days none does, and the check is a few comparisons.
 */
final class EventRates {
    private final World world;
    private final Willingness willingness;
    private final double[] rate;
    /**
     * What the cached rates were worked out from: the rung, signal level and levers (one generation number for the
     * three), the threat picture's stamp (which only an event that climbs, and so uses willingness, depends on), and
     * per event its generation, stamp and stock.
     */
    private int rungNow = -1;
    private int signalNow = -1;
    private int leversNow = -1;
    private int generation;
    private final int[] generationOf;
    private final boolean[] usesPicture;
    private final int[] stampOf;
    private final boolean[] usesStock;
    private final double[] stock;

    EventRates(World world, Willingness willingness) {
        this.world = world;
        this.willingness = willingness;
        int n = world.theatre.events.length;
        rate = new double[n];
        generationOf = new int[n];
        java.util.Arrays.fill(generationOf, -1);
        usesPicture = new boolean[n];
        stampOf = new int[n];
        usesStock = new boolean[n];
        stock = new double[n];
        for (EventType e : world.theatre.events) {
            usesStock[e.index] = e.consumes >= 0 && e.spec.halfStock() != null;
        }
    }

    /** Notes what changed since the last call: call before reading rates, and again after anything may have moved. */
    void refresh() {
        World w = world;
        if (w.ladder.rung != rungNow || w.signals.rung != signalNow || w.leverChanges != leversNow) {
            rungNow = w.ladder.rung;
            signalNow = w.signals.rung;
            leversNow = w.leverChanges;
            generation++;
        }
    }

    /**
     * Event e's rate per year today, but for the calendar's factor of the day; 0 where it cannot happen. Valid as of
     * the last {@link #refresh}.
     */
    double of(EventType e) {
        World w = world;
        int i = e.index;
        if (generationOf[i] != generation || usesPicture[i] && stampOf[i] != w.picture.stamp) {
            generationOf[i] = generation;
            stampOf[i] = w.picture.stamp;
            stock[i] = usesStock[i] ? w.actors[e.actor].forces[e.consumes].getStock() : 0.0;
            rate[i] = compute(e, stock[i]);
        } else if (usesStock[i] && w.actors[e.actor].forces[e.consumes].getStock() != stock[i]) {
            stock[i] = w.actors[e.actor].forces[e.consumes].getStock();
            rate[i] = compute(e, stock[i]);
        }
        return rate[i];
    }

    private double compute(EventType e, double s) {
        World w = world;
        usesPicture[e.index] = false;
        if (!e.spec.enabled() || !(e.spec.rate() > 0) || !e.possibleAt(w.ladder.rung)) {
            return 0.0;
        }
        double r = e.spec.rate() * e.rungFactor[w.ladder.rung]
                * e.signalFactor[Math.min(w.signals.rung, e.signalFactor.length - 1)];
        if (usesStock[e.index]) {
            double h = e.spec.halfStock();
            double s0 = e.initialStock;
            r *= s0 > 0 ? (s / (s + h)) / (s0 / (s0 + h)) : 0.0;
        }
        int climb = climb(e);
        if (climb > 0 && r > 0) {
            usesPicture[e.index] = true;
            r *= Decision.escalationFactor(willingness.logOf(e), climb);
        }
        return r;
    }

    /** Rungs plus signal levels the event would climb from where the run stands now. */
    int climb(EventType e) {
        World w = world;
        int rungs = e.rungAfter(w.ladder.rung, w.ladder.size()) - w.ladder.rung;
        int levels = e.signalAfter(w.signals.rung) - w.signals.rung;
        return Math.max(0, rungs) + Math.max(0, levels);
    }
}
