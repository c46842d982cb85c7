package brink.model;

import brink.scenario.ScenarioSpec.SinkSpec;

/**
 * A war outside the theatre consuming an actor's units of a domain, or a commodity, at a yearly rate. A war cannot
 * destroy more units than the actor fields: from a domain it takes its rate times the share of the starting stock
 * the actor still has (all of it while the stock is at or above the start), so a stock drawn down by the war levels off
 * where production and refurbishment replace the losses instead of reaching zero, and the war itself goes on (its
 * intensity, which the transfers tied to it follow, is unchanged). From a commodity it takes what there is.
 */
final class Sink {
    final String id;
    final int actor;
    final int domain;
    final int commodity;
    final double rate;
    /** The actor's stock of the domain at the start of the run (the reference for the losses' share); 0 for commodities. */
    final double referenceStock;
    double factor = 1.0;
    final int startDay;
    final int endDay;
    double consumed;

    Sink(String id, SinkSpec s, int actor, int domain, int commodity, int startDay, int endDay, double referenceStock) {
        this.id = id;
        this.actor = actor;
        this.domain = domain;
        this.commodity = commodity;
        this.rate = s.rate();
        this.referenceStock = referenceStock;
        this.startDay = startDay;
        this.endDay = endDay;
    }

    /** Units of the domain the war takes over {@code years} from a stock of {@code stock}. */
    double demand(int day, double years, double stock) {
        double full = rate * intensity(day) * years;
        if (referenceStock <= 0) {
            return Math.min(full, stock);
        }
        return full * Math.min(1.0, stock / referenceStock);
    }

    /** 1 while the war goes on at its initial pace, 0 when it has ended. */
    double intensity(int day) {
        return day >= startDay && day <= endDay ? factor : 0.0;
    }
}
