package brink.model;

import brink.scenario.ScenarioSpec.SinkSpec;

/** A war outside the theatre consuming an actor's units of a domain, or a commodity, at a yearly rate. */
final class Sink {
    final String id;
    final int actor;
    final int domain;
    final int commodity;
    final double rate;
    double factor = 1.0;
    final int startDay;
    final int endDay;
    double consumed;

    Sink(String id, SinkSpec s, int actor, int domain, int commodity, int startDay, int endDay) {
        this.id = id;
        this.actor = actor;
        this.domain = domain;
        this.commodity = commodity;
        this.rate = s.rate();
        this.startDay = startDay;
        this.endDay = endDay;
    }

    /** 1 while the war goes on at its initial pace, 0 when it has ended. */
    double intensity(int day) {
        return day >= startDay && day <= endDay ? factor : 0.0;
    }
}
