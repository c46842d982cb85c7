package brink.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every library the runnable jar bundles is named, with its licence, in THIRD-PARTY-NOTICES.md: a library added to the
 * pom without its notice fails here. The libraries are the jars of the local Maven repository on the test class path,
 * less the test-only ones (JUnit, Jazzer, ArchUnit and what they bring). In the Spark build, Spark's own hundred
 * libraries are on the path too; they are covered by the notice's last section, so the check runs in the default build.
 */
class ThirdPartyNoticesTest {
    private static final Set<String> TEST_ONLY_GROUPS = Set.of("org.junit", "org.opentest4j", "org.apiguardian", "com.code-intelligence",
            "com.tngtech.archunit", "org.junit.jupiter", "org.junit.platform", "org.slf4j");

    @Test
    void everyBundledLibraryIsNamedWithItsLicence() throws Exception {
        boolean spark;
        try {
            Class.forName("org.apache.spark.SparkConf");
            spark = true;
        } catch (ClassNotFoundException e) {
            spark = false;
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(spark, "the Spark build: Spark's libraries are covered as a whole");
        String notices = Files.readString(Path.of("THIRD-PARTY-NOTICES.md"));
        Path repository = Path.of(System.getProperty("user.home"), ".m2", "repository").toAbsolutePath();
        List<String> missing = new ArrayList<>();
        int libraries = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry).toAbsolutePath();
            if (!jar.startsWith(repository) || !jar.toString().endsWith(".jar")) {
                continue;
            }
            Path relative = repository.relativize(jar);
            int n = relative.getNameCount();
            String artifact = relative.getName(n - 3).toString();
            String version = relative.getName(n - 2).toString();
            String group = relative.subpath(0, n - 3).toString().replace(File.separatorChar, '.');
            if (TEST_ONLY_GROUPS.stream().anyMatch(g -> group.equals(g) || group.startsWith(g + "."))) {
                continue;
            }
            libraries++;
            if (!notices.contains(artifact) || !notices.contains(version)) {
                missing.add(group + ":" + artifact + ":" + version);
            }
        }
        assertTrue(libraries >= 20, "the runtime libraries were found on the class path: " + libraries);
        assertEquals(List.of(), missing, "add these to THIRD-PARTY-NOTICES.md with their licence");
    }

    /**
     * Nothing under the GPL alone is bundled: MASON's Academic Free License cannot be conveyed with it (JFreeSVG, GPL 3.0,
     * drew the SVG charts until Batik replaced it).
     */
    @Test
    void noLibraryUnderTheGplAloneIsBundled() throws Exception {
        List<String> gplOnly = Files.readAllLines(Path.of("THIRD-PARTY-NOTICES.md")).stream()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| library") && !l.startsWith("|---"))
                .filter(l -> {
                    String licence = l.substring(l.lastIndexOf('|', l.length() - 2) + 1);
                    return licence.contains("GPL") && !licence.contains("LGPL");
                }).toList();
        assertEquals(List.of(), gplOnly, "a library under the GPL alone in THIRD-PARTY-NOTICES.md");
        org.junit.jupiter.api.Assertions.assertThrows(ClassNotFoundException.class, () -> Class.forName("org.jfree.svg.SVGGraphics2D"),
                "JFreeSVG is on the class path again");
    }

    @Test
    void theLicenceTextsTheNoticeNamesAreThere() throws Exception {
        for (String f : List.of("LICENSE", "licenses/LGPL-2.1.txt", "licenses/LGPL-3.0.txt", "licenses/GPL-3.0.txt")) {
            assertTrue(Files.size(Path.of(f)) > 5000, f);
        }
        assertTrue(Files.readString(Path.of("LICENSE")).contains("Apache License"));
    }
}
