package brink.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real standalone Spark cluster on this machine: a master and a worker started on 127.0.0.1 from the same Maven
 * artefacts as separate JVMs, a sweep submitted to it (the driver here, the executors in the worker's JVMs), and the
 * result compared with the local engine's. Both are stopped afterwards.
 */
class StandaloneClusterTest {
    @TempDir
    Path dir;

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private Process start(String name, List<String> args) throws IOException {
        Path logConfig = dir.resolve("log4j2-info.properties");
        if (!Files.exists(logConfig)) {
            // the master's and worker's INFO lines say when a worker registers and an executor starts
            Files.writeString(logConfig, "rootLogger.level = info\nrootLogger.appenderRef.out.ref = out\n"
                    + "appender.out.type = Console\nappender.out.name = out\nappender.out.layout.type = PatternLayout\n"
                    + "appender.out.layout.pattern = %p %c{1}: %m%n\n");
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dlog4j2.configurationFile=" + logConfig.toUri(), "-cp", System.getProperty("java.class.path")));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        Map<String, String> env = pb.environment();
        // the worker builds its executors' command as a Spark distribution would; these let it do so from Maven's jars
        env.put("SPARK_HOME", dir.resolve("spark-home").toString());
        env.put("SPARK_TESTING", "1");
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        return pb.start();
    }

    private static boolean waitForPort(int port, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        return false;
    }

    @Test
    void aSweepOnAStandaloneClusterGivesTheLocalEnginesFiles() throws Exception {
        Files.createDirectories(dir.resolve("spark-home"));
        int port = freePort();
        Process master = start("master", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                String.valueOf(port), "--webui-port", String.valueOf(freePort())));
        Process worker = null;
        try {
            assertTrue(waitForPort(port, 60), "the master listens: " + Files.readString(dir.resolve("master.log")));
            worker = start("worker", List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "2",
                    "--memory", "1g", "--webui-port", String.valueOf(freePort()), "--work-dir", dir.resolve("work").toString(),
                    "spark://127.0.0.1:" + port));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && !Files.readString(dir.resolve("master.log")).contains("Registering worker")) {
                Thread.sleep(200);
            }
            assertTrue(Files.readString(dir.resolve("master.log")).contains("Registering worker"),
                    "the worker registers: " + Files.readString(dir.resolve("worker.log")));
            List<String> sweep = List.of("sweep", SparkEngineTest.THREE, "--vary", "events.test.rate=2:20", "--vary",
                    "actors.BLUE.resolve=0.2:0.9", "--design", "lhs", "--samples", "12", "--reps", "5", "--outcomes",
                    "count_test,any_clash", "-q", "--no-charts");
            SparkEngineTest.Result local = SparkEngineTest.brink(SparkEngineTest.with(sweep, "--out", dir.resolve("local").toString()));
            assertEquals(0, local.exit(), local.err());
            // the executors run in the worker's JVMs: they get Brink's and Spark's classes from the same class path
            System.setProperty("spark.executor.extraClassPath", System.getProperty("java.class.path"));
            System.setProperty("spark.driver.host", "127.0.0.1");
            System.setProperty("spark.driver.bindAddress", "127.0.0.1");
            System.setProperty("spark.executor.memory", "512m");
            System.setProperty("spark.cores.max", "2");
            SparkEngineTest.Result cluster;
            try {
                cluster = SparkEngineTest.brink(SparkEngineTest.with(sweep, "--out", dir.resolve("cluster").toString(), "--engine",
                        "spark", "--master", "spark://127.0.0.1:" + port));
            } finally {
                for (String p : List.of("spark.executor.extraClassPath", "spark.driver.host", "spark.driver.bindAddress",
                        "spark.executor.memory", "spark.cores.max")) {
                    System.clearProperty(p);
                }
            }
            assertEquals(0, cluster.exit(), cluster.err() + "\nworker: " + Files.readString(dir.resolve("worker.log")));
            assertEquals(Files.readString(dir.resolve("local/samples.csv")), Files.readString(dir.resolve("cluster/samples.csv")));
            assertTrue(Files.readString(dir.resolve("worker.log")).contains("Launching executor")
                    || Files.readString(dir.resolve("worker.log")).contains("Asked to launch executor"), "the worker ran executors");
        } finally {
            if (worker != null) {
                worker.destroy();
                worker.waitFor(30, TimeUnit.SECONDS);
                worker.destroyForcibly();
            }
            master.destroy();
            master.waitFor(30, TimeUnit.SECONDS);
            master.destroyForcibly();
        }
    }
}
