package brink.cli;

import brink.analysis.Engine;
import picocli.CommandLine.Option;

/** {@code --engine local|spark} and {@code --master URL}: where a sweep's or calibration's samples run. */
final class EngineOption {
    /** The Spark engine's class, present only in the {@code -Pspark} build. */
    static final String SPARK_ENGINE = "brink.spark.SparkEngine";

    @Option(names = "--engine", paramLabel = "E", defaultValue = "local",
            description = "local (this machine's cores) or spark (Spark: build with mvn -Pspark) (default: ${DEFAULT-VALUE})")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "with --engine spark: the Spark master, e.g. local[4] or spark://host:7077 (default: local[*], or "
                    + "what spark-submit sets)")
    String master;

    Engine engine(int threads) {
        if (engine.equals("local")) {
            if (master != null) {
                throw new UserError("--master is for --engine spark");
            }
            return Engine.local(threads);
        }
        if (!engine.equals("spark")) {
            throw new UserError("--engine must be local or spark, got " + engine);
        }
        try {
            // Spark itself too: a build tree holding Brink's Spark engine without Spark's libraries fails only when a job starts
            Class.forName("org.apache.spark.SparkConf");
            Class<?> c = Class.forName(SPARK_ENGINE);
            return (Engine) c.getConstructor(String.class).newInstance(master);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new UserError("--engine spark needs the Spark build of Brink: mvn -B -Pspark package -DskipTests, then "
                    + "java -jar target/brink-spark.jar ... (docs/GUIDE.md, \"Running sweeps on a Spark cluster\")");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the Spark engine could not be created", e);
        }
    }
}
