package brink.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brink.model.LoggedEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The event log in plain language: names, the ladder's move, and the cause chain. */
class NarrativeTest {
    private final Narrative n = new Narrative(LocalDate.of(2025, 1, 1),
            Map.of("DPRK", "North Korea", "US", "United States", "ROK", "South Korea"),
            List.of("peace", "rhetoric", "weapons tests", "shows of force"), List.of("no threats", "threats of force", "nuclear-use threats"));

    @Test
    void anEventWithItsLadderMoveAndCauses() {
        LoggedEvent exercise = new LoggedEvent(0, 68, "US+ROK", "DPRK", "exercise begins", "Freedom Shield", 1, 3, 0, 0, -1, LoggedEvent.Kind.PERIOD_BEGINS, "exercise");
        LoggedEvent test = new LoggedEvent(1, 69, "DPRK", "ROK", "missile test", "3 missiles", 3, 3, 0, 0, 0, LoggedEvent.Kind.EVENT, "");
        LoggedEvent show = new LoggedEvent(2, 72, "US", "DPRK", "show of force", "bombers", 2, 3, 0, 0, 1, LoggedEvent.Kind.EVENT, "");
        List<LoggedEvent> log = List.of(exercise, test, show);
        assertEquals("2025-03-10  United States and South Korea: exercise begins aimed at North Korea (Freedom Shield). "
                + "The ladder climbs from rhetoric to shows of force.", n.line(log, exercise));
        assertEquals("2025-03-14  United States: show of force aimed at North Korea (bombers). The ladder climbs from "
                + "weapons tests to shows of force. Because of the missile test by North Korea on 2025-03-11, after the "
                + "exercise begins by United States and South Korea on 2025-03-10.", n.line(log, show));
    }

    @Test
    void aCalmingEventSpeaksForItself() {
        LoggedEvent calm = new LoggedEvent(0, 33, "", "", "de-escalation", "tension eases to peace", 1, 0, 0, 0, -1, LoggedEvent.Kind.EVENT, "");
        assertEquals("2025-02-03  Tension eases to peace.", n.line(List.of(calm), calm));
    }

    @Test
    void longChainsAreCut() {
        LoggedEvent a = new LoggedEvent(0, 1, "DPRK", "", "statement", "", 1, 1, 0, 0, -1, LoggedEvent.Kind.EVENT, "");
        LoggedEvent b = new LoggedEvent(1, 2, "US", "", "statement", "", 1, 1, 0, 0, 0, LoggedEvent.Kind.EVENT, "");
        LoggedEvent c = new LoggedEvent(2, 3, "DPRK", "", "statement", "", 1, 1, 0, 0, 1, LoggedEvent.Kind.EVENT, "");
        LoggedEvent d = new LoggedEvent(3, 4, "US", "", "statement", "", 1, 1, 0, 0, 2, LoggedEvent.Kind.EVENT, "");
        LoggedEvent e = new LoggedEvent(4, 5, "DPRK", "", "statement", "", 1, 1, 0, 0, 3, LoggedEvent.Kind.EVENT, "");
        String why = n.because(List.of(a, b, c, d, e), e);
        assertEquals("Because of the statement by United States on 2025-01-05, after the statement by North Korea on "
                + "2025-01-04, after the statement by United States on 2025-01-03, after ....", why);
    }

    @Test
    void unknownIdsAreShownAsThey() {
        assertEquals("Atlantis", n.who("Atlantis"));
        assertEquals("North Korea, South Korea and United States", n.who("DPRK+ROK+US"));
    }
}
