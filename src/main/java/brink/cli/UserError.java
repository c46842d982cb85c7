package brink.cli;

/** A mistake of the user's (bad input, missing file): reported as one clear message, exit code 2, no stack trace. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
