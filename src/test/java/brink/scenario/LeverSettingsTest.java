package brink.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import brink.model.BrinkModel;
import brink.model.World;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The GUI's levers become an ordinary scenario file: what it says, and that the model feels it. */
class LeverSettingsTest {
    static final Path BASELINE = Path.of("scenarios", "baseline.yaml");

    @Test
    void neutralLeversRunTheScenarioItself() throws Exception {
        Scenario base = ScenarioLoader.load(BASELINE);
        assertTrue(LeverSettings.NEUTRAL.isNeutral());
        assertSame(base, LeverSettings.NEUTRAL.applyTo(base));
        assertEquals("", LeverSettings.NEUTRAL.describe());
    }

    @Test
    void everyLeverBecomesAStartDayActionOrADisabledExercise() throws Exception {
        Scenario base = ScenarioLoader.load(BASELINE);
        LeverSettings levers = new LeverSettings(2, 1.5, 3, false, 2.5, 0.5);
        Scenario s = levers.applyTo(base);
        assertEquals("baseline-levers", s.name());
        TransferSpec tech = s.spec().transfers().get("technology-to-dprk");
        TransferSpec tech0 = base.spec().transfers().get("technology-to-dprk");
        assertEquals(2 * tech0.quality().get("armor"), tech.quality().get("armor"), 1e-12);
        assertEquals(tech0.from(), tech.from(), "the rest of the transfer is the scenario's");
        ActionSpec commit = s.spec().actions().get("lever-us-commitment");
        assertEquals(ActionSpec.Type.COMMITMENT, commit.type());
        assertEquals("US", commit.actor());
        assertEquals(1.5, commit.factor());
        assertEquals(base.start(), commit.date());
        assertEquals(3 * base.spec().actors().get("ROK").budget().reaction(), s.spec().actors().get("ROK").budget().reaction(), 1e-12);
        assertEquals(3 * base.spec().actors().get("Japan").budget().reaction(), s.spec().actors().get("Japan").budget().reaction(), 1e-12);
        assertEquals(150.0, s.spec().actors().get("DPRK").forces().get("armor").production());
        assertEquals(50.0, s.spec().actors().get("DPRK").forces().get("missile").production());
        assertEquals(base.spec().actors().get("DPRK").forces().get("armor").stock(), s.spec().actors().get("DPRK").forces().get("armor").stock());
        assertFalse(s.spec().periods().get("freedom-shield").enabled());
        assertFalse(s.spec().periods().get("ulchi-freedom-shield").enabled());
        assertTrue(s.spec().periods().get("victory-day").enabled(), "a parade is not an exercise");
        // everything else is the baseline's
        assertEquals(base.spec().actions().size() + 1, s.spec().actions().size());
        assertEquals(base.spec().actors().get("US"), s.spec().actors().get("US"));
        assertEquals(base.spec().events(), s.spec().events());
        assertEquals("Russian assistance x2, US commitment x1.5, ROK/Japan response x3, exercises off, "
                + "DPRK armour push x2.5, DPRK missile push x0.5", levers.describe());
    }

    @Test
    void leversWithNothingToActOnAreLeftOut() throws Exception {
        Scenario three = ScenarioLoader.load(TestFiles.resource("three-actors.yaml"));
        LeverSettings.Reach reach = LeverSettings.reach(three.spec());
        assertFalse(reach.russianAssistance(), "no Russia in the three-actor test theatre");
        String overlay = new LeverSettings(3, 1, 1, true, 1, 1).overlay(three, "three-actors.yaml");
        assertFalse(overlay.contains("transfers"), overlay);
    }

    @Test
    void factorsOutsideTheRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LeverSettings(-1, 1, 1, true, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new LeverSettings(1, Double.NaN, 1, true, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new LeverSettings(1, 1, 1, true, LeverSettings.MAX_FACTOR + 0.1, 1));
    }

    @Test
    void theModelFeelsTheLevers() throws Exception {
        Scenario base = ScenarioLoader.load(BASELINE);
        World neutral = run(base, 400);
        World committed = run(new LeverSettings(1, 2, 1, true, 1, 1).applyTo(base), 400);
        int us = index(neutral, "US");
        int armor = neutral.domains().indexOf("armor");
        assertTrue(committed.actors().get(us).force(armor).getTheatre() > 1.5 * neutral.actors().get(us).force(armor).getTheatre(),
                "doubling the US commitment moves US armour into the theatre");
        World noExercises = run(new LeverSettings(1, 1, 1, false, 1, 1).applyTo(base), 400);
        assertTrue(neutral.log().stream().anyMatch(e -> e.type().equals("exercise begins")));
        assertTrue(noExercises.log().stream().noneMatch(e -> e.type().equals("exercise begins")));
        World pushed = run(new LeverSettings(1, 1, 1, true, 3, 1).applyTo(base), 400);
        int dprk = index(neutral, "DPRK");
        assertTrue(pushed.actors().get(dprk).force(armor).getStock() > neutral.actors().get(dprk).force(armor).getStock() + 50,
                "tripling DPRK armour production adds tanks within a year");
        World noHelp = run(new LeverSettings(0, 1, 1, true, 1, 1).applyTo(base), 400);
        assertEquals(0.0, noHelp.transferred("technology-to-dprk"), "Russian assistance x0 stops the transfer");
        assertTrue(neutral.transferred("technology-to-dprk") > 0);
        World moreHelp = run(new LeverSettings(4, 1, 1, true, 1, 1).applyTo(base), 400);
        assertTrue(moreHelp.actors().get(dprk).force(armor).getNewQuality() > neutral.actors().get(dprk).force(armor).getNewQuality(),
                "more Russian technology, better new DPRK tanks");
    }

    private static World run(Scenario s, int days) {
        BrinkModel m = new BrinkModel(s, 11);
        m.start();
        for (int d = 0; d < days; d++) {
            m.schedule.step(m);
        }
        return m.world();
    }

    private static int index(World w, String id) {
        for (int i = 0; i < w.actors().size(); i++) {
            if (w.actors().get(i).getId().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
