package brink.model;

/**
 * The part of each stochastic event's rate that depends on the run's state: the base rate times the factors of the
 * rung and the signal level, of the stock it uses up ({@code halfStock}) and of the decision rule (willingness to the
 * power of the steps it would climb). Only the calendar's factor of the day is left out.
 * <p>
 * All but the decision rule's factor are cached per event until the rung, the signal level or a lever (resolve)
 * changes, or, for an event slowed by a dwindling stock, that stock: on most days none does, and the check is a few
 * comparisons. The decision rule's factor needs the threat picture's balances (logarithms over every domain), which
 * change at each assessment; but willingness is bounded (a balance index lies between 1/10 and 10), so
 * {@link #bound} gives a rate the event cannot exceed whatever the picture, and a day whose draw is above that bound
 * is settled without the picture. Only on the few days whose draw falls below it is the exact rate ({@link #of})
 * worked out. The outcome of every draw is the same as with the exact rate every day.
 */
final class EventRates {
    private final World world;
    private final Willingness willingness;
    /** per event: the rate without the decision rule's factor, and that rate times the largest factor possible now */
    private final double[] base;
    private final double[] bound;
    /** per event: the steps it would climb from where the run stands (the power of willingness in its rate) */
    private final int[] climb;
    /** per event: the largest factor the decision rule can give it now (1 if it does not climb) */
    private final double[] largestFactor;
    /**
     * What the cached rates were worked out from: the rung, signal level and levers (one generation number for the
     * three), and per event its generation and stock.
     */
    private int rungNow = -1;
    private int signalNow = -1;
    private int leversNow = -1;
    private int generation;
    private final int[] generationOf;
    private final boolean[] usesStock;
    private final double[] stock;
    /**
     * The events that can happen at the current rung, signal level and levers, as a chain: {@code nextPossible[i]} is
     * the first such event at index i or later ({@code n} if none). Most events cannot happen at most rungs; the daily
     * loop skips them without looking at their rates.
     */
    private final int[] nextPossible;
    private int possibleGeneration = -1;

    EventRates(World world, Willingness willingness) {
        this.world = world;
        this.willingness = willingness;
        int n = world.theatre.events.length;
        base = new double[n];
        bound = new double[n];
        climb = new int[n];
        largestFactor = new double[n];
        generationOf = new int[n];
        java.util.Arrays.fill(generationOf, -1);
        usesStock = new boolean[n];
        stock = new double[n];
        nextPossible = new int[n + 1];
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

    /** The first event at index {@code i} or later that can happen now (the number of events if none). */
    int nextPossible(int i) {
        if (possibleGeneration != generation) {
            EventType[] events = world.theatre.events;
            int next = events.length;
            nextPossible[next] = next;
            for (int k = events.length - 1; k >= 0; k--) {
                if (canHappen(events[k])) {
                    next = k;
                }
                nextPossible[k] = next;
            }
            possibleGeneration = generation;
        }
        return nextPossible[i];
    }

    /** Whether the event's rate can be positive at the current rung, signal level and levers, whatever the stock. */
    private boolean canHappen(EventType e) {
        World w = world;
        return e.spec.enabled() && w.eventRate[e.index] > 0 && e.possibleAt(w.ladder.rung) && e.rungFactor[w.ladder.rung]
                * e.signalFactor[Math.min(w.signals.rung, e.signalFactor.length - 1)] > 0;
    }

    /**
     * A rate per year (but for the calendar's factor) that event e's rate today cannot exceed, whatever the threat
     * picture: 0 where it cannot happen. Valid as of the last {@link #refresh}.
     */
    double bound(EventType e) {
        validate(e);
        return bound[e.index];
    }

    /** Event e's rate per year today, but for the calendar's factor of the day. Valid as of the last {@link #refresh}. */
    double of(EventType e) {
        validate(e);
        int i = e.index;
        double r = base[i];
        if (climb[i] > 0 && r > 0) {
            r *= Decision.escalationFactor(willingness.logOf(e), climb[i]);
        }
        return r;
    }

    private void validate(EventType e) {
        World w = world;
        int i = e.index;
        if (generationOf[i] != generation) {
            generationOf[i] = generation;
            stock[i] = usesStock[i] ? w.actors[e.actor].forces[e.consumes].getStock() : 0.0;
            climb[i] = climb(e);
            Actor a = w.actors[e.actor];
            largestFactor[i] = Decision.largestEscalationFactor(a.resolve, a.riskTolerance, climb[i]);
            compute(e, stock[i]);
        } else if (usesStock[i] && w.actors[e.actor].forces[e.consumes].getStock() != stock[i]) {
            stock[i] = w.actors[e.actor].forces[e.consumes].getStock();
            compute(e, stock[i]);
        }
    }

    private void compute(EventType e, double s) {
        World w = world;
        int i = e.index;
        if (!canHappen(e)) {
            base[i] = 0.0;
            bound[i] = 0.0;
            return;
        }
        double r = w.eventRate[e.index] * e.rungFactor[w.ladder.rung]
                * e.signalFactor[Math.min(w.signals.rung, e.signalFactor.length - 1)];
        if (usesStock[i]) {
            double h = e.spec.halfStock();
            double s0 = e.initialStock;
            r *= s0 > 0 ? (s / (s + h)) / (s0 / (s0 + h)) : 0.0;
        }
        base[i] = r;
        bound[i] = climb[i] > 0 && r > 0 ? r * largestFactor[i] : r;
    }

    /** Rungs plus signal levels the event would climb from where the run stands now. */
    int climb(EventType e) {
        World w = world;
        int rungs = e.rungAfter(w.ladder.rung, w.ladder.size()) - w.ladder.rung;
        int levels = e.signalAfter(w.signals.rung) - w.signals.rung;
        return Math.max(0, rungs) + Math.max(0, levels);
    }
}
