package brink.cli;

import java.util.List;
import java.util.ListResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * {@code --reps}, declared once for every command that runs replications. How many a command runs by default differs
 * because a replication means something else in each (one run to look at, 200 pairs for a comparison, 20 per sample of
 * a sweep): the {@link #USES} table says it per command, and each command's help shows its own line from it.
 */
final class RepsOption {
    static final int MAX = 100_000;
    /** A sweep's or robust run's replications per sample when neither --reps nor the experiment file says. */
    static final int PER_SAMPLE = 20;

    /**
     * One command's use of {@code --reps}: its name below {@code brink}, its default (null: the experiment file's, else
     * {@value #PER_SAMPLE}), the least it accepts (it says why itself) and what its replications are.
     */
    record Use(String command, Integer byDefault, int least, String meaning) {
        String help() {
            return meaning + ", " + least + " to " + MAX + " (default: "
                    + (byDefault == null ? "the experiment file's, else " + PER_SAMPLE : "${DEFAULT-VALUE}") + ")";
        }
    }

    static final List<Use> USES = List.of(
            new Use("run", 1, 1, "number of replications"),
            new Use("compare", 200, 2, "replications of each scenario, paired by seed"),
            new Use("sweep", null, 1, "replications per sample, the same seeds in every sample"),
            new Use("robust", null, 1, "replications per policy and future, the same seeds everywhere"),
            new Use("calibrate", 20, 1, "replications per draw"),
            new Use("bench", 2000, 100, "replications per measurement"),
            new Use("wargame counterfactual", 1000, 1, "replications of the game's moves and of the counterfactual"));

    @Option(names = "--reps", paramLabel = "N", descriptionKey = "reps", description = "replications (default: ${DEFAULT-VALUE})")
    Integer reps;

    /** The number given or the command's default, checked (1 to {@value #MAX}); null where the command has no default. */
    Integer value() {
        if (reps != null) {
            check("--reps", reps);
        }
        return reps;
    }

    /** A number of replications given by {@code option} (or an experiment file), 1 to {@value #MAX}. */
    static void check(String option, int n) {
        if (n < 1 || n > MAX) {
            throw new UserError(option + " must be between 1 and " + MAX + ", got " + n);
        }
    }

    /** The number given or the command's default (for a command whose table entry has one), checked. */
    int count() {
        Integer r = value();
        if (r == null) {
            throw new IllegalStateException("--reps has no default here");
        }
        return r;
    }

    /** Gives each command's {@code --reps} its default and help text from {@link #USES}; done once on the root. */
    static void install(CommandLine root) {
        root.setDefaultValueProvider(new Defaults(root.getDefaultValueProvider()));
        root.setResourceBundle(new Texts());
    }

    private static Use use(ArgSpec arg) {
        String name = arg.command().qualifiedName(" ");
        String command = name.substring(name.indexOf(' ') + 1);
        return USES.stream().filter(u -> u.command().equals(command)).findFirst()
                .orElseThrow(() -> new IllegalStateException("--reps of '" + command + "' is not in RepsOption.USES"));
    }

    /** The default value of each command's --reps (others keep their annotations' defaults). */
    private record Defaults(CommandLine.IDefaultValueProvider next) implements CommandLine.IDefaultValueProvider {
        @Override
        public String defaultValue(ArgSpec arg) throws Exception {
            if (arg instanceof OptionSpec o && o.longestName().equals("--reps") && o.descriptionKey().equals("reps")) {
                Integer d = use(arg).byDefault();
                return d == null ? null : d.toString();
            }
            return next == null ? null : next.defaultValue(arg);
        }
    }

    /** The help text of each command's --reps, keyed as picocli looks it up (the command's qualified name, then the key). */
    static final class Texts extends ListResourceBundle {
        @Override
        protected Object[][] getContents() {
            return USES.stream().map(u -> new Object[] {"brink." + u.command().replace(' ', '.') + ".reps",
                    u.help()}).toArray(Object[][]::new);
        }
    }
}
