package brink.cli;

import brink.analysis.Prim;
import brink.output.Csv;
import brink.output.OutputFolder;
import brink.output.SweepRecord;
import brink.scenario.Suggestion;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "discover", mixinStandardHelpOptions = true,
        description = {"Scenario discovery: which ranges of a sweep's varied fields lead to an outcome?",
                "PRIM (Friedman and Fisher 1999, as the EMA Workbench) peels the parameter space down to a box dense in samples "
                    + "meeting the condition. Writes boxes.csv (the chosen box: a range per field, whether it matters) and "
                    + "trajectory.csv (coverage and density of every box peeled) into the sweep's folder.",
                "Example: brink discover out/sweep-baseline --where \"any_war > 0.05\""})
final class DiscoverCommand implements Callable<Integer> {
    private static final Pattern CONDITION = Pattern.compile("\\s*([A-Za-z0-9_+{}-]+)\\s*(>=|<=|>|<)\\s*([-+0-9.eE]+)\\s*");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the output folder of brink sweep")
    Path dir;

    @Option(names = "--where", paramLabel = "CONDITION", required = true,
            description = "the samples of interest: OUTCOME > VALUE (or >=, <, <=), on the outcome's mean, e.g. \"any_war > 0.05\"")
    String where;

    @Option(names = "--threshold", paramLabel = "D", defaultValue = "0.8",
            description = "the density the chosen box must reach (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--peel", paramLabel = "A", defaultValue = "0.05",
            description = "share of the box's samples removed at each step (default: ${DEFAULT-VALUE})")
    double peel;

    @Option(names = "--mass-min", paramLabel = "M", defaultValue = "0.05",
            description = "the smallest box, as a share of the samples (default: ${DEFAULT-VALUE})")
    double massMin;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    boolean quiet;

    @Option(names = "--no-charts", description = "leave the folder's charts and report.html as they are (without this box); "
            + "brink chart DIR redraws them with it")
    boolean noCharts;

    @Override
    public Integer call() throws IOException {
        if (!(threshold > 0 && threshold <= 1) || !(peel > 0 && peel < 0.5) || !(massMin > 0 && massMin < 1)) {
            throw new UserError("--threshold must be in (0, 1], --peel in (0, 0.5) and --mass-min in (0, 1)");
        }
        if (!Files.isDirectory(dir)) {
            throw new UserError("no folder at " + dir + " (give the output folder of a brink sweep)");
        }
        SweepRecord sweep;
        try {
            sweep = SweepRecord.read(dir);
        } catch (IOException e) {
            throw new UserError("cannot discover from " + dir + ": " + e.getMessage());
        }
        Matcher m = CONDITION.matcher(where);
        if (!m.matches()) {
            throw new UserError("--where \"" + where + "\": expected OUTCOME > VALUE (or >=, <, <=), e.g. \"any_war > 0.05\"");
        }
        String outcome = m.group(1);
        String op = m.group(2);
        double value;
        try {
            value = Double.parseDouble(m.group(3));
        } catch (NumberFormatException e) {
            throw new UserError("--where \"" + where + "\": '" + m.group(3) + "' is not a number");
        }
        if (!sweep.outcomes().contains(outcome)) {
            String near = Suggestion.closest(outcome, sweep.outcomes());
            throw new UserError("--where: the sweep did not record '" + outcome + "'" + (near != null ? ", did you mean '" + near
                    + "'?" : "") + " (it recorded " + String.join(", ", sweep.outcomes()) + ")");
        }
        double[] y = sweep.column(outcome);
        boolean[] cases = new boolean[y.length];
        int count = 0;
        for (int i = 0; i < y.length; i++) {
            cases[i] = switch (op) {
                case ">" -> y[i] > value;
                case ">=" -> y[i] >= value;
                case "<" -> y[i] < value;
                default -> y[i] <= value;
            };
            count += cases[i] ? 1 : 0;
        }
        Prim.Result r = Prim.run(sweep.parameterValues(), cases, new Prim.Settings(peel, massMin, threshold));
        String condition = outcome + " " + op + " " + m.group(3);
        OutputFolder folder = Scenarios.openFolder(dir);
        try (folder) {
            write(folder.file("boxes.csv"), sweep, r, condition);
            trajectory(folder.file("trajectory.csv"), sweep, r);
            // --no-charts leaves the sweep's charts and report alone: discover never removes what it did not draw
            String failed = noCharts ? null : Scenarios.sweepCharts(folder, false);
            Scenarios.commit(folder);
            if (failed != null) {
                return Scenarios.chartsFailed(spec.commandLine().getErr(), failed, dir);
            }
        }
        if (!quiet) {
            print(spec.commandLine().getOut(), sweep, r, condition, count, !noCharts);
        }
        return 0;
    }

    private static void write(Path file, SweepRecord sweep, Prim.Result r, String condition) throws IOException {
        Prim.Box b = r.box();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("condition,step,parameter,low,high,restricted,qp,coverage,density,mass\n");
            for (Prim.Limit l : r.limits()) {
                out.write(Csv.text(condition) + "," + b.step() + "," + Csv.text(sweep.parameters().get(l.parameter())) + ","
                        + Csv.full(l.low()) + "," + Csv.full(l.high()) + "," + l.restricted() + "," + Csv.number(l.qp()) + ","
                        + Csv.number(b.coverage()) + "," + Csv.number(b.density()) + "," + Csv.number(b.mass()) + "\n");
            }
        }
    }

    private static void trajectory(Path file, SweepRecord sweep, Prim.Result r) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("step,coverage,density,mass,samples,cases,chosen\n");
            for (Prim.Box b : r.trajectory()) {
                out.write(b.step() + "," + Csv.number(b.coverage()) + "," + Csv.number(b.density()) + "," + Csv.number(b.mass())
                        + "," + b.points() + "," + b.cases() + "," + (b.step() == r.box().step()) + "\n");
            }
        }
    }

    /** The scenario's own value of swept field j, as the sweep's manifest recorded it, or null. */
    private static Double scenarioValue(SweepRecord sweep, int j) {
        com.fasterxml.jackson.databind.JsonNode p = sweep.manifest().path("parameters").path(j).path("scenario_value");
        return p.isNumber() ? p.asDouble() : null;
    }

    private static void print(java.io.PrintWriter out, SweepRecord sweep, Prim.Result r, String condition, int count, boolean drew) {
        Prim.Box b = r.box();
        out.printf(Locale.ROOT, "%d of %d samples have %s.%n", count, r.points(), condition);
        if (count == 0) {
            out.println("No sample meets the condition: there is no box to find (widen the ranges, or loosen the condition).");
            return;
        }
        out.printf(Locale.ROOT, "The box (step %d of %d): coverage %.2f (of those samples, the share inside), density %.2f "
                + "(inside, the share that has it), mass %.2f%n", b.step(), r.trajectory().size() - 1, b.coverage(), b.density(), b.mass());
        java.util.List<String> where = new java.util.ArrayList<>();
        for (Prim.Limit l : r.limits()) {
            String name = sweep.parameters().get(l.parameter());
            if (l.restricted()) {
                out.printf(Locale.ROOT, "  %-40s %s to %s   (qp %.2g%s)%n", name, Csv.number(l.low()), Csv.number(l.high()), l.qp(),
                        l.qp() < 0.05 ? ": matters" : ": may be chance");
            } else {
                out.printf(Locale.ROOT, "  %-40s any value in its range%n", name);
            }
            Double own = scenarioValue(sweep, l.parameter());
            if (own != null && l.restricted()) {
                where.add(name + " " + Csv.number(own) + (own < l.low() ? " (below the box)" : own > l.high() ? " (above the box)"
                        : " (inside)"));
            }
        }
        if (!where.isEmpty()) {
            boolean inside = where.stream().allMatch(w -> w.endsWith("(inside)"));
            out.println("The scenario itself (" + sweep.manifest().path("scenario").path("name").asText() + ") stands at: "
                    + String.join("; ", where) + (inside ? ": inside the box, so the condition is likely where it stands."
                    : ": outside the box on at least one field, so reaching the condition needs that field to move."));
        }
        out.println("Wrote boxes.csv and trajectory.csv to " + sweep.dir() + (drew ? " (and redrew its charts and report.html)"
                : Files.exists(sweep.dir().resolve("report.html")) ? " (its charts and report.html are as they were, without this box: "
                + "brink chart " + sweep.dir() + " redraws them)" : " (no charts: brink chart " + sweep.dir() + " draws them)"));
    }
}
