package brink.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import brink.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extends}: maps merge key by key, lists replace whole, the child's name is its own. */
class InheritanceTest {
    @TempDir
    Path dir;

    @Test
    void childOverridesOnlyWhatDiffers() throws Exception {
        Path base = TestFiles.write(dir, "base.yaml", """
                info: {title: Base, represents: the base}
                start: 2025-01-01
                years: 2
                domains: {armor: {unit: tanks}, naval: {unit: ships}}
                actors:
                  RED: {name: Red, resolve: 0.7, budget: {amount: 2, split: {armor: 1}}, forces: {armor: {stock: 100, quality: 0.5}}}
                  BLUE: {name: Blue, budget: {amount: 3, split: {armor: 1}}}
                ladder: {rungs: [{name: peace}, {name: tension}]}
                """);
        Path child = TestFiles.write(dir, "variant.yaml", """
                extends: base.yaml
                info: {title: Variant}
                actors:
                  RED: {forces: {armor: {stock: 150}}}
                ladder: {rungs: [{name: calm}, {name: tense}, {name: crisis}]}
                """);
        Scenario b = ScenarioLoader.load(base);
        Scenario v = ScenarioLoader.load(child);
        assertEquals("variant", v.name());
        assertEquals("Variant", v.spec().info().title());
        assertEquals("the base", v.spec().info().represents(), "maps merge: untouched keys are inherited");
        assertEquals(150.0, v.spec().actors().get("RED").forces().get("armor").stock());
        assertEquals(0.5, v.spec().actors().get("RED").forces().get("armor").quality(), "sibling keys survive a deep override");
        assertEquals(0.7, v.spec().actors().get("RED").resolve());
        assertEquals(3, v.spec().ladder().rungs().size(), "lists replace");
        assertEquals("calm", v.spec().ladder().rungs().get(0).name());
        assertNotEquals(b.sha256(), v.sha256());
    }

    /** A NUL in extends: is a located problem, not an InvalidPathException. */
    @Test
    void aNulInExtendsIsALocatedProblem() {
        Path child = TestFiles.write(dir, "nul.yaml", "extends: \"a\\0b.yaml\"\n");
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, () -> ScenarioLoader.load(child));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("nul.yaml:1:10: extends: is not a file name this system can open"),
                e.getMessage());
    }

    /** A chain of extends longer than any class writes (here 3,000 files) is a located problem, not a stack overflow. */
    @Test
    void aVeryLongChainIsRefused() throws Exception {
        TestFiles.write(dir, "c0.yaml", java.nio.file.Files.readString(TestFiles.resource("three-actors.yaml")));
        for (int i = 1; i <= 3000; i++) {
            TestFiles.write(dir, "c" + i + ".yaml", "extends: c" + (i - 1) + ".yaml\n");
        }
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(dir.resolve("c3000.yaml")));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("extends: extends chains more than 32 files"), e.getMessage());
        assertEquals(3, ScenarioLoader.load(TestFiles.write(dir, "short.yaml", "extends: c2.yaml\n")).spec().actors().size(),
                "a short chain still reads");
    }
}
