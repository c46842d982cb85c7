package brink.cli;

import brink.output.Manifest;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code brink} command: one subcommand per job. */
@Command(name = "brink",
        mixinStandardHelpOptions = true,
        versionProvider = BrinkCommand.Version.class,
        description = "Brink: an agent-based wargame of regional force balance, arms races and escalation.",
        subcommands = {RunCommand.class, CompareCommand.class, ChartCommand.class, ValidateCommand.class, ListCommand.class,
            BenchCommand.class, GuiCommand.class, SweepCommand.class, DiscoverCommand.class,
            CalibrateCommand.class, RobustCommand.class, WargameCommand.class,
            CommandLine.HelpCommand.class})
public final class BrinkCommand implements Runnable {
    static final int USER_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs {@code brink args} in this process (the tests call this) and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new BrinkCommand());
        RepsOption.install(cli);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserError || ex instanceof brink.app.Refused || ex instanceof brink.model.ScenarioRunError) {
                err.println("brink: " + ex.getMessage());
                return USER_ERROR;
            }
            if (ex instanceof java.io.IOException) {
                // a full disk or a vanished folder is the machine's trouble, not a bug: say what, not where in the code
                err.println("brink: input/output failed: " + ex.getMessage());
                return 1;
            }
            err.println("brink: internal error (please report it with the command you ran): " + ex);
            ex.printStackTrace(err);
            return 1;
        });
        return cli.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"brink " + Manifest.version()};
        }
    }
}
