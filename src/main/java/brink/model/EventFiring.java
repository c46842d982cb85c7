package brink.model;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.GammaDistribution;

/**
 * The events of the crisis process: those fixed on today's date, responses that come due, and stochastic events (in
 * file order), each carried out by {@link #fire}. Each event draws from its own streams (see {@link RandomStreams}):
 * {@code event/<id>/occurs} decides whether it happens on a day, {@code event/<id>/fires} gives an occurrence's salvo
 * and its responses' chances, delays and acceptance draws.
 */
final class EventFiring {
    private final World world;
    private final Escalation escalation;
    private final ScheduledChanges calendar;
    private int nextDated;
    private final RandomStreams.Stream[] occurs;
    private final EventRates rates;
    private final RandomStreams.Stream[] fires;
    /** the day each event last fired and how many times it fired that day (its batch count). */
    private final int[] firedOn;
    private final int[] firedToday;
    private final Draws.Source source = new Draws.Source();
    /** per event: the gamma mixing distribution of its salvo (null for Poisson salvos or no salvo). */
    private final GammaDistribution[] salvoGamma;
    private final Willingness willingness;
    /** A bound no real day reaches; beyond it responses are feeding each other. */
    static final int MAX_RESPONSES_PER_DAY = 100_000;

    EventFiring(World world, Escalation escalation, ScheduledChanges calendar) {
        this.world = world;
        this.escalation = escalation;
        this.calendar = calendar;
        EventType[] events = world.theatre.events;
        occurs = new RandomStreams.Stream[events.length];
        fires = new RandomStreams.Stream[events.length];
        salvoGamma = new GammaDistribution[events.length];
        for (EventType e : events) {
            occurs[e.index] = world.streams.stream("event/" + e.id + "/occurs");
            fires[e.index] = world.streams.stream("event/" + e.id + "/fires");
            if (e.spec.salvo() != null) {
                salvoGamma[e.index] = Draws.salvoGamma(source, e.spec.salvo().mean(), e.spec.salvo().dispersion());
            }
        }
        firedOn = new int[events.length];
        java.util.Arrays.fill(firedOn, -1);
        firedToday = new int[events.length];
        willingness = new Willingness(world);
        rates = new EventRates(world, willingness);
    }

    void fireDue() {
        World w = world;
        Theatre t = w.theatre;
        while (nextDated < t.datedEvents.length && t.datedEvents[nextDated].day() <= w.day) {
            fire(t.events[t.datedEvents[nextDated++].event()], -1); // decided in advance: no decision rule
        }
        int responses = 0;
        while (!w.pending.isEmpty() && w.pending.peek().day() <= w.day) {
            World.Pending p = w.pending.poll();
            if (++responses > MAX_RESPONSES_PER_DAY) {
                throw new ScenarioRunError("more than " + MAX_RESPONSES_PER_DAY + " responses came due on " + w.date(w.day)
                        + " (the last to " + t.events[p.event()].id + "): responses answer each other without end");
            }
            respond(t.events[p.event()], p.cause(), p.acceptDraw());
        }
        rates.refresh();
        EventType[] events = t.events;
        for (int i = rates.nextPossible(0); i < events.length; i = rates.nextPossible(i + 1)) {
            spontaneous(events[i]);
        }
    }

    private void spontaneous(EventType e) {
        World w = world;
        int day = w.day;
        int cell = day * w.theatre.events.length + e.index;
        double dayFactor = w.theatre.eventDayFactor[cell];
        double most = rates.bound(e) * dayFactor * Time.DT;
        if (!(most > 0)) {
            return;
        }
        // a draw at or above the largest hazard the picture allows is a no whatever the picture: most days end here
        double u = occurs[e.index].uniform(day);
        if (u < most && happens(u, rates.of(e) * dayFactor * Time.DT)) {
            fire(e, calendar.causeOf(w.theatre.eventCauseType[cell]));
            rates.refresh(); // the ladder may have moved: the events after this one see where it stands now
        }
    }

    /**
     * Whether a day's draw u makes an event of that day's hazard (rate x dt) happen: u below 1 - exp(-hazard). As
     * 1 - exp(-h) <= h, a draw at or above the hazard is a no, which settles most days without the exponential.
     */
    static boolean happens(double u, double hazard) {
        return u < hazard && u < -Math.expm1(-hazard);
    }

    private void respond(EventType e, int cause, double acceptDraw) {
        World w = world;
        if (!e.spec.enabled() || !e.possibleAt(w.ladder.rung)) {
            return;
        }
        int climb = rates.climb(e);
        if (climb > 0 && acceptDraw >= Math.min(1.0, Decision.escalationFactor(willingness.logOf(e), climb))) {
            return;
        }
        fire(e, cause);
    }

    private void fire(EventType e, int cause) {
        World w = world;
        SplittableRandom random = batch(e);
        String detail = e.spec.detail();
        if (e.consumes >= 0) {
            Force f = w.actors[e.actor].forces[e.consumes];
            int available = (int) Math.min(Integer.MAX_VALUE, Math.floor(f.getStock()));
            if (available < 1) {
                return; // nothing left to use
            }
            int n = 1;
            if (e.spec.salvo() != null) {
                n = Draws.salvo(random, source, e.spec.salvo().mean(), salvoGamma[e.index], e.spec.salvo().max());
            }
            n = Math.min(n, available);
            f.takeFromTheatreFirst(n);
            w.tally.fired(w.theatre.firerOf[e.index], n, w.day, w.theatre.yearOf[w.day], w.date(w.day).getMonthValue() - 1);
            String unit = w.theatre.domainUnit[e.consumes];
            detail = (detail.isEmpty() ? "" : detail + ": ") + n + " x " + unit;
        }
        w.tally.event(e.index, w.theatre.yearOf[w.day]);
        LoggedEvent logged = escalation.move(LoggedEvent.Kind.EVENT, "", e.rungAfter(w.ladder.rung, w.ladder.size()), e.signalAfter(w.signals.rung),
                w.actors[e.actor].id, e.target, e.spec.type(), detail, cause);
        for (EventType.Response r : e.responses) {
            // all three draws are made whatever the outcome, so a changed probability leaves the others alone
            boolean happens = random.nextDouble() < r.probability();
            int delay = r.minDelay() + random.nextInt(r.maxDelay() - r.minDelay() + 1);
            double accept = random.nextDouble();
            if (happens) {
                w.pending.add(new World.Pending(w.day + delay, w.pendingOrder++, r.event(), logged.seq(), accept));
            }
        }
    }

    /** The generator of this occurrence: the event's n-th firing today. */
    private SplittableRandom batch(EventType e) {
        int day = world.day;
        if (firedOn[e.index] != day) {
            firedOn[e.index] = day;
            firedToday[e.index] = 0;
        }
        return fires[e.index].batch(day, firedToday[e.index]++);
    }
}
