package brink.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 5, crisis and escalation: a thin adapter that runs its parts in this order each day: scheduled actions and
 * periods ({@link ScheduledChanges}); dated events, responses that come due and stochastic events
 * ({@link EventFiring}); the ladder and the signalling track calming ({@link Escalation}); triggers ({@link Triggers}).
 */
final class Crisis implements Steppable {
    private static final long serialVersionUID = 1L;
    private final World world;
    private final Escalation escalation;
    private final ScheduledChanges calendar;
    private final EventFiring events;
    private final Triggers triggers;

    Crisis(World world) {
        this.world = world;
        this.escalation = new Escalation(world);
        this.calendar = new ScheduledChanges(world, escalation);
        this.events = new EventFiring(world, escalation, calendar);
        this.triggers = new Triggers(world, escalation);
    }

    @Override
    public void step(SimState state) {
        if (world.theatre.monthStart[world.day]) {
            world.tally.newMonth();
        }
        calendar.apply();
        events.fireDue();
        escalation.calm();
        triggers.check();
        escalation.countDay();
    }
}
