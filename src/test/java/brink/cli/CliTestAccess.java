package brink.cli;

/** Lets tests in other packages run the command line in-process. */
public final class CliTestAccess {
    private CliTestAccess() {
    }

    public static int brink(String... args) {
        return CliTest.brink(args).exit();
    }
}
