package brink.cli;

import static brink.cli.CliTest.brink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** --reps is declared once (RepsOption) and each command's help says its own meaning, range and default. */
class RepsOptionTest {
    /** Every command holding --reps, by its name below brink. */
    private static List<String> commandsWithReps() {
        List<String> out = new ArrayList<>();
        walk(new CommandLine(new BrinkCommand()).getCommandSpec(), out);
        return out;
    }

    private static void walk(CommandSpec spec, List<String> out) {
        OptionSpec reps = spec.findOption("--reps");
        if (reps != null) {
            assertEquals("reps", reps.descriptionKey(), spec.qualifiedName() + " declares its own --reps instead of RepsOption");
            String name = spec.qualifiedName(" ");
            out.add(name.substring(name.indexOf(' ') + 1));
        }
        spec.subcommands().values().forEach(c -> walk(c.getCommandSpec(), out));
    }

    @Test
    void everyCommandThatRunsReplicationsTakesRepsFromTheOneTable() {
        List<String> commands = commandsWithReps();
        assertEquals(RepsOption.USES.stream().map(RepsOption.Use::command).sorted().toList(), commands.stream().sorted().toList());
    }

    @Test
    void eachCommandsHelpSaysItsOwnMeaningRangeAndDefault() {
        for (RepsOption.Use u : RepsOption.USES) {
            CliTest.Result r = brink((u.command() + " --help").split(" "));
            assertEquals(0, r.exit(), u.command());
            String help = r.out().replaceAll("\\s+", " ");
            assertTrue(help.contains("--reps=N " + u.meaning() + ", " + u.least() + " to 100000 (default: "
                    + (u.byDefault() == null ? "the experiment file's, else 20" : u.byDefault().toString()) + ")"), u.command() + ": " + help);
        }
        assertTrue(brink("run", "--help").out().replaceAll("\\s+", " ").contains("(default: 1)"));
        assertTrue(brink("compare", "--help").out().replaceAll("\\s+", " ").contains("(default: 200)"));
    }

    @Test
    void aNumberOutOfRangeIsOneErrorInEveryCommand() {
        for (RepsOption.Use u : RepsOption.USES) {
            List<String> args = new ArrayList<>(List.of(u.command().split(" ")));
            args.addAll(List.of("--reps", "0"));
            if (!u.command().equals("bench")) {
                args.add("nowhere.yaml");
            }
            if (u.command().equals("compare")) {
                args.add("elsewhere.yaml");
            }
            if (u.command().equals("calibrate")) {
                args.addAll(List.of("--vary", "actors.DPRK.resolve=0.5:1"));
            }
            CliTest.Result r = brink(args.toArray(String[]::new));
            assertEquals(2, r.exit(), u.command() + ": " + r.err());
            assertTrue(r.err().contains("--reps must be between 1 and 100000, got 0"), u.command() + ": " + r.err());
        }
    }
}
