package brink.app;

/**
 * A request the application layer refuses because of the user's input (a game that is over, a folder that is not a
 * game): one clear message. The command line reports it as it reports its own option errors (exit 2, no stack trace);
 * a server shows it on the page.
 */
public final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Refused(String message) {
        super(message);
    }
}
