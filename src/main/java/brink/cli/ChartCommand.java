package brink.cli;

import brink.output.OutputFolder;
import brink.output.chart.ChartSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Draw an output folder's charts and report.html from its files alone.",
                "Writes DIR/charts/ (PNG and SVG) and DIR/report.html. Charts: the ladder over time, the highest rung reached, "
                    + "bloc balances, missiles per month with exercises shaded, budgets, and each actor's theatre combat power and "
                    + "stock by domain. A battle's folder gets the strength of both sides over time, with waves and reinforcement "
                    + "rates marked; a sweep's or calibration's folder its outcome, sensitivity, discovery or prior-and-posterior charts; "
                    + "a robust run's folder its regret charts."})
final class ChartCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "an output folder of brink run, compare, sweep, calibrate or robust, e.g. out/baseline")
    Path dir;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UserError("no folder at " + dir + " (give the output folder of a brink run)");
        }
        System.setProperty("java.awt.headless", "true"); // charts never need a screen
        OutputFolder folder = Scenarios.openFolder(dir);
        try (folder) {
            List<String> names;
            try {
                brink.output.Staging top = brink.output.Staging.of(folder);
                ChartSet.removeOnCommit(top);
                names = Files.isRegularFile(dir.resolve("comparison.csv")) ? brink.output.chart.ComparisonCharts.draw(top)
                        : Files.isRegularFile(dir.resolve("samples.csv")) ? brink.output.chart.SweepCharts.draw(top)
                        : Files.isRegularFile(dir.resolve("regret.csv")) ? brink.output.chart.RobustCharts.draw(top)
                        : ChartSet.draw(top);
            } catch (java.io.InterruptedIOException e) {
                throw new UserError("interrupted: " + dir + " holds what it held before");
            } catch (IOException e) {
                throw new UserError("cannot draw charts from " + dir + ": " + e.getMessage());
            }
            folder.commit();
            spec.commandLine().getOut().println("Wrote " + dir.resolve("report.html") + " and " + names.size() + " charts to "
                    + dir.resolve("charts") + " (PNG and SVG): " + String.join(", ", names));
            return 0;
        }
    }
}
