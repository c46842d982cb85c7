package brink.cli;

import brink.analysis.Engine;
import picocli.CommandLine.Option;

/**
 * {@code --engine local|spark} and {@code --master URL}: where a sweep's, calibration's or robust run's samples run, and
 * the replications of {@code brink run} and {@code brink compare}.
 */
final class EngineOption {
    /** The Spark engine's class, present only in the {@code -Pspark} build. */
    static final String SPARK_ENGINE = "brink.spark.SparkEngine";
    /** Its replications' engine (run, compare). */
    static final String SPARK_REPLICATIONS = "brink.spark.SparkReplications";

    @Option(names = "--engine", paramLabel = "E", defaultValue = "local",
            description = "where the runs are made: local (this machine's cores) or spark (Spark: build with mvn -Pspark); the "
                    + "files are the same either way (default: ${DEFAULT-VALUE})")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "with --engine spark: the Spark master, e.g. local[4] or spark://host:7077 (default: local[*], or "
                    + "what spark-submit sets)")
    String master;

    Engine engine(int threads) {
        if (local()) {
            return Engine.local(threads);
        }
        return (Engine) spark(SPARK_ENGINE, new Class<?>[] {String.class}, master);
    }

    /** Where run's and compare's replications run: null for this machine's threads, else Spark (its scratch in the folder). */
    brink.experiment.RemoteReplications replications(brink.output.OutputFolder folder) throws java.io.IOException {
        if (local()) {
            return null;
        }
        return (brink.experiment.RemoteReplications) spark(SPARK_REPLICATIONS, new Class<?>[] {String.class, java.nio.file.Path.class},
                master, folder.scratch());
    }

    boolean local() {
        if (engine.equals("local")) {
            if (master != null) {
                throw new UserError("--master is for --engine spark");
            }
            return true;
        }
        if (!engine.equals("spark")) {
            throw new UserError("--engine must be local or spark, got " + engine);
        }
        return false;
    }

    private static Object spark(String className, Class<?>[] types, Object... args) {
        try {
            // Spark itself too: a build tree holding Brink's Spark engine without Spark's libraries fails only when a job starts
            Class.forName("org.apache.spark.SparkConf");
            Class<?> c = Class.forName(className);
            return c.getConstructor(types).newInstance(args);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new UserError("--engine spark needs the Spark build of Brink: mvn -B -Pspark package -DskipTests, then "
                    + "java -jar target/brink-spark.jar ... (docs/GUIDE.md, \"Running sweeps on a Spark cluster\")");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the Spark engine could not be created", e);
        }
    }
}
