package brink.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of mistake in a scenario file gets its own message naming the file, the line and the field. */
class ValidationTest {
    @TempDir
    Path dir;

    /** A valid two-actor scenario; tests replace one line of it. Line numbers below refer to this text. */
    private static final String BASE = """
            info: {title: Valid, represents: a valid scenario}
            start: 2025-01-01
            years: 2
            domains:
              armor: {unit: tanks}
              missile: {unit: missiles}
            actors:
              RED:
                name: Red
                budget: {amount: 2, split: {armor: 0.5, missile: 0.5}}
                forces:
                  armor: {stock: 100}
              BLUE:
                name: Blue
                budget: {amount: 3, split: {armor: 1.0}}
            relations:
              rb: {between: [RED, BLUE], type: rivalry}
            ladder:
              rungs: [{name: peace}, {name: tension, calmDays: 10}]
            actions:
              push: {type: production, actor: RED, factor: 1.5, date: 2025-06-01}
            """;

    private List<Problem> problems(String text) {
        Path f = TestFiles.write(dir, "s.yaml", text);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        return e.problems();
    }

    private static String replaceLine(int line, String with) {
        String[] lines = BASE.split("\n", -1);
        lines[line - 1] = with;
        return String.join("\n", lines);
    }

    private static void assertOne(List<Problem> ps, int line, String path, String... words) {
        assertEquals(1, ps.size(), "exactly one problem expected: " + ps);
        Problem p = ps.get(0);
        String text = p.toString();
        assertTrue(text.startsWith(p.location().file() + ":" + line + ":"), "names file and line " + line + ": " + text);
        assertEquals(path, p.path(), text);
        assertTrue(text.contains(": " + path + ": "), "names the field: " + text);
        for (String w : words) {
            assertTrue(text.contains(w), "mentions '" + w + "': " + text);
        }
    }

    @Test
    void theBaseIsValid() throws Exception {
        Scenario s = ScenarioLoader.load(TestFiles.write(dir, "ok.yaml", BASE));
        assertEquals("ok", s.name());
        assertEquals(2, s.spec().actors().size());
        assertEquals(64, s.sha256().length());
    }

    @Test
    void unknownKeyIsReportedWithSuggestion() {
        List<Problem> ps = problems(replaceLine(12, "      armor: {stock: 100, qualty: 0.5}"));
        assertOne(ps, 12, "actors.RED.forces.armor.qualty", "unknown key", "did you mean 'quality'?");
    }

    @Test
    void negativeStockIsReported() {
        List<Problem> ps = problems(replaceLine(12, "      armor: {stock: -5}"));
        assertOne(ps, 12, "actors.RED.forces.armor.stock", "must not be negative", "at least 0");
    }

    @Test
    void sharesThatDoNotSumToOneAreReported() {
        List<Problem> ps = problems(replaceLine(10, "    budget: {amount: 2, split: {armor: 0.5, missile: 0.6}}"));
        assertOne(ps, 10, "actors.RED.budget.split", "sum to 1.1", "adding up to 1");
    }

    @Test
    void referenceToUnknownActorIsReported() {
        List<Problem> ps = problems(replaceLine(17, "  rb: {between: [RED, BLUU], type: rivalry}"));
        assertOne(ps, 17, "relations.rb.between[1]", "unknown actor 'BLUU'", "did you mean 'BLUE'?");
    }

    @Test
    void unknownActorInAnActionIsReported() {
        List<Problem> ps = problems(replaceLine(21, "  push: {type: production, actor: GREEN, factor: 1.5, date: 2025-06-01}"));
        assertOne(ps, 21, "actions.push.actor", "unknown actor 'GREEN'", "actors of this scenario");
    }

    @Test
    void dateOutsideTheHorizonIsReported() {
        List<Problem> ps = problems(replaceLine(21, "  push: {type: production, actor: RED, factor: 1.5, date: 2031-06-01}"));
        assertOne(ps, 21, "actions.push.date", "outside the horizon", "2025-01-01 to 2026-12-31");
    }

    @Test
    void wrongKindOfValueIsReported() {
        List<Problem> ps = problems(replaceLine(3, "years: ten"));
        assertOne(ps, 3, "years", "'ten' is not a number");
    }

    @Test
    void badEnumValueIsReportedWithSuggestion() {
        List<Problem> ps = problems(replaceLine(17, "  rb: {between: [RED, BLUE], type: rivarly}"));
        assertOne(ps, 17, "relations.rb.type", "did you mean 'rivalry'?", "one of alliance, rivalry");
    }

    @Test
    void missingRequiredFieldIsReported() {
        List<Problem> ps = problems(replaceLine(9, "    nom: Red"));
        assertEquals(2, ps.size(), ps.toString());
        assertTrue(ps.stream().anyMatch(p -> p.path().equals("actors.RED.name") && p.message().contains("required")), ps.toString());
        assertTrue(ps.stream().anyMatch(p -> p.path().equals("actors.RED.nom") && p.location().line() == 9), ps.toString());
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        String text = replaceLine(12, "      armor: {stock: -5}").replace("type: rivalry}", "type: rivalry, strenght: 2}");
        List<Problem> ps = problems(text);
        assertEquals(2, ps.size(), ps.toString());
        assertEquals(12, ps.get(0).location().line());
        assertEquals(17, ps.get(1).location().line());
    }

    @Test
    void malformedYamlIsReportedWithItsLine() {
        List<Problem> ps = problems(replaceLine(5, "  armor: {unit: tanks"));
        assertEquals(1, ps.size(), ps.toString());
        assertTrue(ps.get(0).toString().contains("not valid YAML"), ps.toString());
        assertTrue(ps.get(0).location().line() >= 5, ps.toString());
    }

    @Test
    void aTabIsReportedOnItsOwnLineAndCalledATab() throws Exception {
        Path f = TestFiles.write(dir, "tab.yaml", "info:\n  title: x\n\trepresents: y\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        Problem p = e.problems().get(0);
        assertEquals(3, p.location().line(), p.toString());
        assertTrue(p.toString().contains("a tab character") && p.toString().contains("spaces"), p.toString());
    }

    @Test
    void aMissingColonIsReportedOnTheLineOfTheKey() throws Exception {
        Path f = TestFiles.write(dir, "colon.yaml", "info:\n  title: x\n  represents y\nstart: 2025-01-01\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        Problem p = e.problems().get(0);
        assertEquals(3, p.location().line(), p.toString());
        assertTrue(p.toString().contains("a key without its ':'"), p.toString());
    }

    @Test
    void duplicateKeyIsReported() {
        List<Problem> ps = problems(replaceLine(3, "years: 2\nstart: 2025-02-01"));
        assertOne(ps, 4, "start", "written twice");
    }

    @Test
    void missingFileIsReported() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("nope.yaml")));
        assertEquals(1, e.problems().size());
        assertTrue(e.getMessage().contains("nope.yaml") && e.getMessage().contains("file not found"), e.getMessage());
    }

    @Test
    void extendsCycleIsReported() {
        TestFiles.write(dir, "a.yaml", "extends: b.yaml\nyears: 3\n");
        TestFiles.write(dir, "b.yaml", "extends: a.yaml\nyears: 4\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("a.yaml")));
        assertEquals(1, e.problems().size(), e.getMessage());
        Problem p = e.problems().get(0);
        assertEquals("extends", p.path());
        assertEquals(1, p.location().line());
        assertTrue(p.message().contains("cycle") && p.message().contains("a.yaml -> b.yaml -> a.yaml"), p.toString());
    }

    @Test
    void missingParentIsReportedAtTheExtendsLine() {
        Path child = TestFiles.write(dir, "child.yaml", "years: 3\nextends: gone.yaml\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(child));
        Problem p = e.problems().get(0);
        assertEquals(2, p.location().line());
        assertTrue(p.toString().contains("child.yaml:2:") && p.message().contains("gone.yaml"), p.toString());
    }

    @Test
    void problemsInAParentNameTheParentFile() {
        TestFiles.write(dir, "parent.yaml", replaceLine(12, "      armor: {stock: -5}"));
        Path child = TestFiles.write(dir, "child.yaml", "extends: parent.yaml\nyears: 1\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(child));
        assertTrue(e.problems().get(0).location().file().endsWith("parent.yaml"), e.getMessage());
        assertEquals(12, e.problems().get(0).location().line());
    }

    @Test
    void aBlocNamedLikeAnActorIsRefused() {
        List<Problem> ps = problems(BASE + "blocs:\n  RED: [RED, BLUE]\n");
        assertOne(ps, 23, "blocs.RED", "cannot have the id of an actor");
    }
}
