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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Levers declared in the scenario file (levers:): what a lever setting does to the fields it names, that the model
 * feels it, that the same levers work in a scenario of one's own, and that a bad declaration is refused with its line.
 */
class LeverSettingsTest {
    static final Path BASELINE = Path.of("scenarios", "baseline.yaml");
    @TempDir
    Path dir;

    private static LeverSettings levers(String... idValue) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < idValue.length; i += 2) {
            m.put(idValue[i], idValue[i + 1]);
        }
        return new LeverSettings(m);
    }

    @Test
    void neutralLeversRunTheScenarioItself() throws Exception {
        Scenario base = ScenarioLoader.load(BASELINE);
        assertTrue(LeverSettings.NEUTRAL.isNeutral());
        assertSame(base, LeverSettings.NEUTRAL.applyTo(base));
        assertEquals("", LeverSettings.NEUTRAL.describe(base.spec()));
        assertEquals(List.of("russian-assistance", "us-commitment", "allied-response", "exercises", "kpa-training", "farm-mobilisation",
                "armor-push", "missile-push"), List.copyOf(base.spec().levers().keySet()), "the baseline declares the eight levers of the GUI");
    }

    @Test
    void eachLeverMovesTheFieldsItNames() throws Exception {
        Scenario base = ScenarioLoader.load(BASELINE);
        LeverSettings l = levers("russian-assistance", "2", "us-commitment", "1.5", "allied-response", "3", "exercises", "false",
                "armor-push", "2.5", "missile-push", "0.5");
        Scenario s = l.applyTo(base);
        assertEquals("baseline-levers", s.name());
        TransferSpec tech = s.spec().transfers().get("technology-to-dprk");
        TransferSpec tech0 = base.spec().transfers().get("technology-to-dprk");
        assertEquals(2 * tech0.quality().get("armor"), tech.quality().get("armor"), 1e-12);
        assertEquals(2 * tech0.productionBoost().get("drone"), tech.productionBoost().get("drone"), 1e-12);
        assertEquals(tech0.from(), tech.from(), "the rest of the transfer is the scenario's");
        for (String d : List.of("armor", "naval", "missile", "drone")) {
            assertEquals(1.5 * base.spec().actors().get("US").forces().get(d).theatreShare(),
                    s.spec().actors().get("US").forces().get(d).theatreShare(), 1e-12, d);
        }
        assertEquals(3 * base.spec().actors().get("ROK").budget().reaction(), s.spec().actors().get("ROK").budget().reaction(), 1e-12);
        assertEquals(3 * base.spec().actors().get("Japan").budget().reaction(), s.spec().actors().get("Japan").budget().reaction(), 1e-12);
        assertEquals(150.0, s.spec().actors().get("DPRK").forces().get("armor").production(), 1e-9);
        assertEquals(50.0, s.spec().actors().get("DPRK").forces().get("missile").production(), 1e-9);
        assertFalse(s.spec().periods().get("freedom-shield").enabled());
        assertFalse(s.spec().periods().get("ulchi-freedom-shield").enabled());
        assertTrue(s.spec().periods().get("victory-day").enabled(), "a parade is not an exercise");
        assertEquals(base.spec().events(), s.spec().events(), "everything else is the baseline's");
        assertEquals("russian-assistance x2, us-commitment x1.5, allied-response x3, exercises off, armor-push x2.5, "
                + "missile-push x0.5", l.describe(base.spec()));
        // saved, the levers are an ordinary scenario file
        String overlay = l.overlay(base, "baseline.yaml");
        assertTrue(overlay.contains("extends: baseline.yaml") && overlay.contains("theatreShare") && overlay.contains("enabled: false"),
                overlay);
    }

    @Test
    void aScenarioOfOnesOwnDeclaresItsOwnLevers() throws Exception {
        String text = java.nio.file.Files.readString(TestFiles.resource("three-actors.yaml")) + """

                levers:
                  red-tests:
                    label: RED's test rate (x)
                    scale: [events.test.rate]
                  drills:
                    label: Drills held
                    switch: [periods.drills.enabled]
                  clash-share:
                    label: Share of forces in a clash
                    set: [combat.clashShare]
                    range: [0.01, 0.5]
                """;
        Path f = TestFiles.write(dir, "own.yaml", text);
        Scenario own = ScenarioLoader.load(f);
        Scenario s = levers("red-tests", "2", "drills", "false", "clash-share", "0.2").applyTo(own);
        assertEquals(24, s.spec().events().get("test").rate(), 1e-12);
        assertFalse(s.spec().periods().get("drills").enabled());
        assertEquals(0.2, s.spec().combat().clashShare(), 1e-12);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, false,
                List.of(new Setting("clash-share", "0.9"))));
        assertTrue(e.getMessage().contains("out of the lever's range: 0.9"), e.getMessage());
    }

    @Test
    void badDeclarationsAreRefusedWithTheirLine() throws Exception {
        String base = java.nio.file.Files.readString(TestFiles.resource("three-actors.yaml"));
        String[][] cases = {
            {"  x:\n    label: X\n    scale: [events.tset.rate]\n", "levers.x.scale[0]: no field events.tset.rate"},
            {"  x:\n    label: X\n    scale: [events.test.type]\n", "events.test.type is not a number"},
            {"  x:\n    label: X\n    scale: [events.test.rate]\n    switch: [periods.drills.enabled]\n", "has scale and switch"},
            {"  x:\n    label: X\n    set: [combat.clashShare]\n", "a set lever needs its range"},
            {"  years:\n    label: X\n    scale: [events.test.rate]\n", "a lever cannot be called 'years'"},
            {"  x:\n    label: X\n    switch: [events.test.rate]\n", "events.test.rate is not true or false"},
            {"  x:\n    label: X\n    scale: []\n", "levers.x.scale: lists no field: the lever would move nothing"},
        };
        for (String[] c : cases) {
            Path f = TestFiles.write(dir, "bad.yaml", base + "\nlevers:\n" + c[0]);
            ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f), c[0]);
            assertTrue(e.problems().stream().anyMatch(p -> p.toString().contains(c[1]) && p.location().line() > 0),
                    c[0] + " -> " + e.problems());
        }
    }

    @Test
    void theModelFeelsTheLevers() throws Exception {
        Scenario base = ScenarioLoader.load(BASELINE);
        World neutral = run(base, 400);
        World committed = run(levers("us-commitment", "2").applyTo(base), 400);
        int us = index(neutral, "US");
        int armor = neutral.domains().indexOf("armor");
        assertTrue(committed.actors().get(us).force(armor).getTheatre() > 1.5 * neutral.actors().get(us).force(armor).getTheatre(),
                "doubling the US commitment puts more US armour in the theatre");
        World noExercises = run(levers("exercises", "false").applyTo(base), 400);
        assertTrue(neutral.log().stream().anyMatch(e -> e.type().equals("exercise begins")));
        assertTrue(noExercises.log().stream().noneMatch(e -> e.type().equals("exercise begins")));
        World pushed = run(levers("armor-push", "3").applyTo(base), 400);
        int dprk = index(neutral, "DPRK");
        assertTrue(pushed.actors().get(dprk).force(armor).getStock() > neutral.actors().get(dprk).force(armor).getStock() + 50,
                "tripling DPRK armour production adds tanks within a year");
        World moreHelp = run(levers("russian-assistance", "4").applyTo(base), 400);
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
