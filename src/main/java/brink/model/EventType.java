package brink.model;

import brink.scenario.EventSpec;

/** An event of the scenario compiled against the world's indices. */
final class EventType {
    record Response(int event, double probability, int minDelay, int maxDelay) {
    }

    final String id;
    final int index;
    final int actor;
    final int target;
    final EventSpec spec;
    final double[] rungFactor;
    /** multiplier per level of the signalling track (one level of factor 1 when the scenario has no track). */
    final double[] signalFactor;
    /** multiplier per period type index; 1 where the event does not react to that type. */
    final double[] periodFactor;
    final int consumes;
    final double initialStock;
    Response[] responses;

    EventType(String id, int index, int actor, int target, EventSpec spec, double[] rungFactor, double[] signalFactor,
              double[] periodFactor, int consumes, double initialStock) {
        this.id = id;
        this.index = index;
        this.actor = actor;
        this.target = target;
        this.spec = spec;
        this.rungFactor = rungFactor;
        this.signalFactor = signalFactor;
        this.periodFactor = periodFactor;
        this.consumes = consumes;
        this.initialStock = initialStock;
    }

    /** Rung after the event from {@code rung} on a ladder of {@code rungs} rungs. */
    int rungAfter(int rung, int rungs) {
        int r = rung + spec.step();
        if (spec.raiseTo() != null) {
            r = Math.max(r, spec.raiseTo());
        }
        if (spec.lowerTo() != null) {
            r = Math.min(r, spec.lowerTo());
        }
        return Math.max(0, Math.min(rungs - 1, r));
    }

    /** The level of the signalling track after the event from {@code level}: a statement raises it. */
    int signalAfter(int level) {
        return spec.signal() == null ? level : Math.max(level, spec.signal());
    }

    boolean possibleAt(int rung) {
        return rung >= spec.minRung() && (spec.maxRung() == null || rung <= spec.maxRung());
    }
}
