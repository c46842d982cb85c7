package brink.cli;

import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the scenarios in a folder (default: scenarios/) with their kind and title.")
final class ListCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ExtendsOption access = new ExtendsOption();

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "scenarios",
            description = "folder to list (default: ${DEFAULT-VALUE})")
    Path dir;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UserError("no scenario folder at " + dir + " (run brink from the project folder, or give --dir)");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (files.isEmpty()) {
            out.println("no scenario files (*.yaml) in " + dir);
            return 0;
        }
        int width = files.stream().mapToInt(f -> ScenarioLoader.nameOf(f).length()).max().orElse(10);
        for (Path f : files) {
            String name = ScenarioLoader.nameOf(f);
            try {
                Scenario s = ScenarioLoader.load(f, access.anywhere);
                out.printf(java.util.Locale.ROOT, "%-" + width + "s  %-8s  %s%n", name, s.spec().kind().name().toLowerCase(java.util.Locale.ROOT), s.spec().info().title());
            } catch (ScenarioException e) {
                out.printf(java.util.Locale.ROOT, "%-" + width + "s  %-8s  (invalid: %d problem%s; run brink validate %s)%n", name, "?",
                        e.problems().size(), e.problems().size() == 1 ? "" : "s", f);
            }
        }
        return 0;
    }
}
