package brink.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Ctrl-C: interrupt the run, let it delete its temporary files and say so, then let the JVM exit. */
final class Interruption implements AutoCloseable {
    /** Set when Ctrl-C or SIGTERM arrived: libraries may swallow a thread's interrupt flag, this stays. */
    private static volatile boolean requested;
    private final Thread hook;
    private final CountDownLatch cleaned = new CountDownLatch(1);

    private Interruption(Thread worker) {
        hook = new Thread(() -> {
            requested = true;
            worker.interrupt();
            try {
                cleaned.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "brink-interrupt");
    }

    /** Whether the user interrupted the command (the JVM is shutting down). */
    static boolean requested() {
        return requested || Thread.currentThread().isInterrupted();
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
