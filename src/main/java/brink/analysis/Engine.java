package brink.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where a design's samples run: on this machine's cores ({@link #local}), or on a cluster (the Spark engine of the
 * {@code -Pspark} build). Either way each sample is one {@link SampleRunner} work unit, the finished ones are added to
 * the checkpoint, and the results come back in sample order, so the output files are the same whatever the engine.
 * An engine that needs working files on this machine keeps them in {@code scratch}, a folder inside the output folder
 * that the caller removes afterwards.
 */
public interface Engine {
    List<SampleResult> run(SampleRunner runner, Design.Plan plan, Map<Integer, SampleResult> done, Checkpoint checkpoint,
                           Sweep.Progress progress, Path scratch) throws IOException, InterruptedException, Sweep.SampleRefused;

    /** This machine, on {@code threads} threads. */
    static Engine local(int threads) {
        return (runner, plan, done, checkpoint, progress, scratch) -> Sweep.run(runner, plan, threads, done, checkpoint, progress);
    }
}
