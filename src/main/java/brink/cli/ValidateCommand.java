package brink.cli;

import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import brink.scenario.ScenarioSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check scenario files.",
                "Prints a one-line summary for each valid file; otherwise one line per problem, FILE:LINE:COLUMN: field.path: "
                    + "what is wrong (what is allowed), and exits with code 2."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ExtendsOption access = new ExtendsOption();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files (YAML)")
    List<Path> files;

    @Override
    public Integer call() {
        int exit = 0;
        for (Path f : files) {
            try {
                Scenario s = ScenarioLoader.load(f, access.anywhere);
                spec.commandLine().getOut().println(summary(s));
            } catch (ScenarioException e) {
                Scenarios.printProblems(e, spec.commandLine().getErr());
                exit = BrinkCommand.USER_ERROR;
            }
        }
        return exit;
    }

    static String summary(Scenario s) {
        ScenarioSpec sp = s.spec();
        if (sp.kind() == ScenarioSpec.Kind.BATTLE) {
            return String.format(java.util.Locale.ROOT, "%s: valid battle \"%s\": %s vs %s, %s law, %d days", s.file(), sp.info().title(),
                    sp.battle().sides().get(0).name(), sp.battle().sides().get(1).name(),
                    sp.battle().law().name().toLowerCase(java.util.Locale.ROOT), sp.battle().days());
        }
        return String.format(java.util.Locale.ROOT, "%s: valid theatre scenario \"%s\": %d actors, %d domains, %d rungs, %s years from %s",
                s.file(), sp.info().title(), sp.actors().size(), sp.domains().size(), sp.ladder().rungs().size(),
                fmt(sp.years()), sp.start());
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
