package brink.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import brink.scenario.Problem;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile scenario files (from the hardening report): each gets located problems, never another exception. The
 * scenario's files sit in one folder with a copy of the baseline they extend.
 */
class HostileScenarioTest {
    @TempDir
    Path dir;

    private List<Problem> problems(String text) throws Exception {
        if (!Files.exists(dir.resolve("baseline.yaml"))) {
            Files.copy(Path.of("scenarios", "baseline.yaml"), dir.resolve("baseline.yaml"));
        }
        Path f = TestFiles.write(dir, "hostile.yaml", text);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f), text);
        assertFalse(e.problems().isEmpty());
        for (Problem p : e.problems()) {
            assertTrue(p.location().file().endsWith(".yaml"), "every problem names its file: " + p);
        }
        return e.problems();
    }

    private static void says(List<Problem> ps, int line, String... words) {
        String text = ps.toString();
        assertTrue(ps.stream().anyMatch(p -> p.location().line() == line), "line " + line + ": " + text);
        for (String w : words) {
            assertTrue(text.contains(w), "mentions '" + w + "': " + text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {".nan", ".inf", "-.inf", "0x10", "4_300", "0b101", "0o17"})
    void numbersYamlAllowsButBrinkDoesNotAreRefusedByName(String number) throws Exception {
        List<Problem> ps = problems("extends: baseline.yaml\nactors:\n  DPRK:\n    forces:\n      armor: {stock: " + number + "}\n");
        says(ps, 5, "actors.DPRK.forces.armor.stock", "plain decimal");
    }

    @Test
    void hugeNumbersAreRefusedNotOverflowed() throws Exception {
        says(problems("extends: baseline.yaml\nevents:\n  missile-test: {salvo: {max: 3000000000}}\n"), 3,
                "events.missile-test.salvo.max", "out of range");
        says(problems("extends: baseline.yaml\nevents:\n  missile-test: {salvo: {mean: 1e9}}\n"), 3, "salvo.mean");
        says(problems("extends: baseline.yaml\nactors:\n  DPRK: {budget: {amount: 9223372036854775808}}\n"), 3,
                "actors.DPRK.budget.amount", "too large");
        says(problems("extends: baseline.yaml\nsinks:\n  ukraine-armor: {rate: 1e308}\n"), 3, "sinks.ukraine-armor.rate", "too large");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "actors: {DPRK: ~}",
        "info: {sources: [a, ~]}",
        "events: {missile-test: ~}",
        "relations: {us-rok: ~}",
        "blocs: {coalition: [ROK, ~]}",
        "actors: {DPRK: {forces: {armor: ~}}}",
        "events: {missile-test: {rungFactor: [1, ~, 1, 1, 1, 1, 1]}}",
        "events: {missile-test: {responses: {show: ~}}}",
        "periods: {freedom-shield: ~}",
        "transfers: {shells-to-russia: ~}",
        "sinks: {ukraine-armor: ~}",
        "actions: {x: ~}",
        "triggers: {x: ~}",
        "balances: {dprk-vs-rok: ~}",
        "domains: {armor: ~}",
        "commodities: {shells: ~}",
        "ladder: {rungs: [{name: peace}, ~]}"
    })
    void anEmptyEntryIsAProblemNotACrash(String line) throws Exception {
        List<Problem> ps = problems("extends: baseline.yaml\n" + line + "\n");
        assertTrue(ps.toString().contains("empty"), ps.toString());
    }

    @Test
    void aliasesAreRefusedWhereTheyAre() throws Exception {
        says(problems("extends: baseline.yaml\ninfo: {title: &t Title, represents: *t}\n"), 2, "alias", "*t");
        says(problems("extends: baseline.yaml\ninfo: {title: *nothere}\n"), 2, "alias");
    }

    @Test
    void responsesThatAnswerEachOtherWithoutDelayAreRefused() throws Exception {
        List<Problem> ps = problems("""
                extends: baseline.yaml
                events:
                  show-of-force: {responses: {test: {event: missile-test, probability: 1, minDelay: 0, maxDelay: 0}}}
                  missile-test: {responses: {show: {event: show-of-force, probability: 1, minDelay: 0, maxDelay: 0}}}
                """);
        assertTrue(ps.toString().contains("responses without delay form a cycle"), ps.toString());
    }

    @Test
    void idsThatCouldNameFilesElsewhereAreRefused() throws Exception {
        says(problems("extends: baseline.yaml\nactors:\n  \"../../victim\": {name: v, budget: {amount: 1, split: {armor: 1}}}\n"),
                3, "cannot be an id");
        says(problems("extends: baseline.yaml\nbalances:\n  \"a,b\": {of: DPRK, against: ROK}\n"), 3, "cannot be an id");
    }

    @Test
    void badBytesAndControlCharactersAreLocatedAndNamed() throws Exception {
        Path f = dir.resolve("bytes.yaml");
        Files.write(f, "info:\n  title: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Problem p = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f)).problems().get(0);
        assertEquals(2, p.location().line(), p.toString());
        assertTrue(p.toString().contains("not UTF-8") && p.toString().contains("0xE9"), p.toString());
        Path g = TestFiles.write(dir, "control.yaml", "info:\n  title: a\u0007b\n");
        Problem q = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(g)).problems().get(0);
        assertEquals(2, q.location().line(), q.toString());
        assertTrue(q.toString().contains("U+0007"), q.toString());
    }

    @Test
    void aHugeFileIsRefusedBeforeParsing() throws Exception {
        Path f = dir.resolve("huge.yaml");
        Files.writeString(f, "info: {title: " + "a".repeat(1_500_000) + "}\n");
        long t0 = System.nanoTime();
        Problem p = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f)).problems().get(0);
        assertTrue(p.toString().contains("too large for a scenario, experiment or move sheet file"), p.toString());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "refused at once");
    }

    @Test
    void nestingBeyondAThousandLevelsIsLocatedInTheFormatsWords() throws Exception {
        Path f = TestFiles.write(dir, "deep.yaml", "info:\n  title: deep\nlevers: " + "[".repeat(1500) + "]".repeat(1500) + "\n");
        Problem p = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f)).problems().get(0);
        assertEquals(3, p.location().line(), p.toString());
        assertTrue(p.toString().contains("nested more than 1,000 levels deep"), p.toString());
        assertTrue(!p.toString().contains("StreamReadConstraints"), "no Jackson API in the message: " + p);
    }

    @Test
    void aBattleScenarioSaysWhatItDoesNotUse() throws Exception {
        Path f = TestFiles.write(dir, "battle.yaml", Files.readString(TestFiles.resource("battle-square.yaml"))
                + "actors: {A: {name: a, budget: {amount: 1, split: {}}}}\nyears: 3\n");
        String text = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f)).problems().toString();
        assertTrue(text.contains("actors: a battle scenario does not use actors") && text.contains("years"), text);
    }

    @Test
    void extendsStaysInTheScenariosFolderUnlessAsked() throws Exception {
        Path inner = Files.createDirectories(dir.resolve("mine"));
        Files.copy(Path.of("scenarios", "baseline.yaml"), dir.resolve("baseline.yaml"));
        Path f = TestFiles.write(inner, "v.yaml", "extends: ../baseline.yaml\ninfo: {title: v}\n");
        String text = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f)).problems().toString();
        assertTrue(text.contains("outside the folder of the scenario") && text.contains("--extends-anywhere"), text);
        assertEquals("v", ScenarioLoader.load(f, true).name(), "allowed when the user asks");
    }

    @Test
    void scenarioNamesAreSafeFileNames() {
        assertEquals("scenario", ScenarioLoader.nameOf(Path.of("...")));
        assertEquals("scenario", ScenarioLoader.nameOf(Path.of("..")));
        assertEquals("my_scenario", ScenarioLoader.nameOf(Path.of("my scenario.yaml")));
        assertEquals("baseline", ScenarioLoader.nameOf(Path.of("scenarios", "baseline.yaml")));
    }
}
