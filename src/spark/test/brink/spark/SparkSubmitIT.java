package brink.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * target/brink-spark-submit.jar run the way spark-submit runs it: Spark's own SparkSubmit launcher, a class path of
 * Spark's jars (and their Jackson) with Brink's classes absent, the application jar given to it. The sweep must
 * give the local engine's samples.csv: Brink's relocated Jackson and SnakeYAML do not clash with Spark's.
 */
class SparkSubmitIT {
    @TempDir
    Path dir;

    /** Spark's jars as a cluster has them: the test class path without Brink's classes and Brink's own libraries. */
    private static String sparkClassPath() {
        List<String> brinkOnly = List.of("target" + File.separator + "classes", "target" + File.separator + "test-classes",
                "brink-classes.jar",
                "/mason/", "/jfreechart/", "/batik-", "/xmlgraphics-commons/", "/jcommon/", "/picocli/", "/moeaframework/", "/progressbar/",
                "/commons-csv/", "/commons-math3/", "/jline", "/junit", "/opentest4j", "/apiguardian", "/jazzer", "/jackson-dataformat-yaml/",
                "/snakeyaml/", "/jackson-datatype-jsr310/");
        return String.join(File.pathSeparator, Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> brinkOnly.stream().noneMatch(e::contains)).toList());
    }

    @Test
    void theSubmitJarRunsUnderSparkSubmit() throws Exception {
        Path jar = Path.of("target", "brink-spark-submit.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "built by mvn -Pspark package");
        String scenario = Path.of(SparkEngineTest.THREE).toAbsolutePath().toString();
        List<String> sweep = List.of("sweep", scenario, "--vary", "events.test.rate=2:20", "--design", "lhs", "--samples", "6",
                "--reps", "4", "--outcomes", "count_test", "-q", "--no-charts");
        SparkEngineTest.Result local = SparkEngineTest.brink(SparkEngineTest.with(sweep, "--out", dir.resolve("local").toString()));
        assertEquals(0, local.exit(), local.err());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", sparkClassPath(), "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]", "--class",
                "brink.cli.BrinkCommand", "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1",
                "--conf", "spark.driver.bindAddress=127.0.0.1", jar.toString()));
        cmd.addAll(sweep);
        cmd.addAll(List.of("--engine", "spark", "--out", dir.resolve("submitted").toString()));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("submit.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "spark-submit finished");
        String log = Files.readString(dir.resolve("submit.log"));
        assertEquals(0, p.exitValue(), log);
        assertEquals(Files.readString(dir.resolve("local/samples.csv")), Files.readString(dir.resolve("submitted/samples.csv")));
        assertFalse(log.contains("NoSuchMethodError") || log.contains("NoClassDefFoundError"), log);
    }
}
