package brink.scenario;

import static brink.scenario.Defaults.list;
import static brink.scenario.Defaults.map;
import static brink.scenario.Defaults.or;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Something an actor does on the ladder: a missile test, a show of force, a threat, talks.
 * It happens at random with a yearly {@code rate} (scaled by the rung, the signalling track, the calendar, the stock
 * it uses and the actor's decision rule), on the given {@code dates}, and/or as a response to other events. An event
 * with a {@code signal} is a statement: it raises the signalling track to that level and never takes the ladder to
 * a clash or a war. A {@code discretionary} event is one its actor decides on (a team playing the actor orders it in a
 * wargame); by default those with a rate, so an event that is only ever a response (an interception) is a reflex.
 */
public record EventSpec(
        @Required String actor,
        String target,
        @Required String type,
        String detail,
        @Range(min = 0, max = 365) Double rate,
        List<LocalDate> dates,
        List<Double> rungFactor,
        Map<String, Double> periodFactor,
        @Range(min = 0, max = 365) Integer lingerDays,
        String consumes,
        Salvo salvo,
        @Range(min = 0) Double halfStock,
        @Range(min = 0) Integer raiseTo,
        @Range(min = 0) Integer lowerTo,
        @Range(min = -10, max = 10) Integer step,
        @Range(min = 0) Integer minRung,
        @Range(min = 0) Integer maxRung,
        @Range(min = 0) Integer signal,
        List<Double> signalFactor,
        Map<String, Response> responses,
        Boolean discretionary,
        Boolean enabled) {

    public EventSpec {
        detail = or(detail, "");
        rate = or(rate, 0.0);
        dates = list(dates);
        rungFactor = list(rungFactor);
        signalFactor = list(signalFactor);
        periodFactor = map(periodFactor);
        lingerDays = or(lingerDays, 0);
        step = or(step, 0);
        minRung = or(minRung, 0);
        responses = map(responses);
        discretionary = or(discretionary, rate > 0);
        enabled = or(enabled, true);
    }

    /** Missiles per launch day: 1 + a Poisson (dispersion 0) or negative-binomial count, capped at {@code max}. */
    public record Salvo(@Range(min = 1, max = 1000) Double mean, @Range(min = 0, max = 100) Double dispersion,
                        @Range(min = 1, max = 100000) Integer max) {
        public Salvo {
            mean = or(mean, 1.0);
            dispersion = or(dispersion, 0.0);
            max = or(max, 100);
        }
    }

    /** Another event this one may draw, after a delay in days drawn uniformly from [minDelay, maxDelay]. */
    public record Response(
            @Required String event,
            @Range(min = 0, max = 1) Double probability,
            @Range(min = 0, max = 3650) Integer minDelay,
            @Range(min = 0, max = 3650) Integer maxDelay) {
        public Response {
            probability = or(probability, 1.0);
            minDelay = or(minDelay, 0);
            maxDelay = or(maxDelay, minDelay);
        }
    }
}
