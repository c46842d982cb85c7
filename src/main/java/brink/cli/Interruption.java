package brink.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Ctrl-C: interrupt the run, let it delete its temporary files and say so, then let the JVM exit. */
final class Interruption implements AutoCloseable {
    private final Thread hook;
    private final CountDownLatch cleaned = new CountDownLatch(1);

    private Interruption(Thread worker) {
        hook = new Thread(() -> {
            worker.interrupt();
            try {
                cleaned.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "brink-interrupt");
    }

    static Interruption install() {
        Interruption i = new Interruption(Thread.currentThread());
        Runtime.getRuntime().addShutdownHook(i.hook);
        return i;
    }

    @Override
    public void close() {
        cleaned.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(i());
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting because of the interruption; the hook is running and returns now
        }
    }

    private Thread i() {
        return hook;
    }
}
