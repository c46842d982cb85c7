package brink.cli;

import brink.analysis.Prim;
import brink.app.Discovery;
import brink.output.Csv;
import brink.output.OutputFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "discover", mixinStandardHelpOptions = true,
        description = {"Scenario discovery: which ranges of a sweep's varied fields, or of a robust run's futures, lead to an outcome?",
                "PRIM (Friedman and Fisher 1999, as the EMA Workbench's prim.py) peels the parameter space down to a box dense in "
                    + "samples meeting the condition, then pastes it out again while that helps. Writes boxes.csv (each box: a range "
                    + "per field, whether it matters) and trajectory.csv (coverage and density of every box on the way) into the folder.",
                "On a brink robust folder, --policy names the policy whose futures are searched: where does it fail?",
                "Examples: brink discover out/sweep-baseline --where \"any_war > 0.05\"",
                "          brink discover out/robust-us-posture --policy \"events.show-of-force.rate=6 periods.freedom-shield.intensity=1\" "
                    + "--where \"regret_clashes > 1\""})
final class DiscoverCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the output folder of brink sweep or of brink robust")
    Path dir;

    @Option(names = "--where", paramLabel = "CONDITION", required = true,
            description = "the samples of interest: OUTCOME > VALUE (or >=, <, <=), on the outcome's mean, e.g. \"any_war > 0.05\"; "
                    + "in a robust folder, OUTCOME is the policy's value in a future, regret_OUTCOME its regret there")
    String where;

    @Option(names = "--policy", paramLabel = "POLICY", description = "in a brink robust folder: the policy (as policies.csv names it) "
            + "whose futures are searched")
    String policy;

    @Option(names = "--threshold", paramLabel = "D", defaultValue = "0.8",
            description = "the density the chosen box must reach (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--peel", paramLabel = "A", defaultValue = "0.05",
            description = "share of the box's samples removed at each step (default: ${DEFAULT-VALUE})")
    double peel;

    @Option(names = "--paste", paramLabel = "A", defaultValue = "0.05",
            description = "share of the samples just outside the box added back at each pasting step (default: ${DEFAULT-VALUE})")
    double paste;

    @Option(names = "--no-paste", description = "peel only, as Brink did before version 2026-12 (and the first PRIM)")
    boolean noPaste;

    @Option(names = "--mass-min", paramLabel = "M", defaultValue = "0.05",
            description = "the smallest box, as a share of the samples (default: ${DEFAULT-VALUE})")
    double massMin;

    @Option(names = "--objective", paramLabel = "NAME", defaultValue = "lenient1",
            description = "how a peel is scored: lenient1 (the gain in density per sample removed, the Workbench's default), "
                    + "lenient2 (the same weighted by the box's size) or original (the density left) (default: ${DEFAULT-VALUE})")
    String objective;

    @Option(names = "--boxes", paramLabel = "N", defaultValue = "1",
            description = "find up to N boxes, each among the samples no earlier box holds (covering; default: ${DEFAULT-VALUE})")
    int boxes;

    @Option(names = "--select", paramLabel = "STEP", description = "offer this step of the first box's trajectory instead of the "
            + "densest-enough box of highest coverage (trajectory.csv lists the steps)")
    Integer select;

    @Option(names = "--resample", paramLabel = "R", defaultValue = "0",
            description = "rerun PRIM on R random halves of the samples and say how often each field is restricted again (default: none)")
    int resample;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20250101",
            description = "seed of the random halves of --resample (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    boolean quiet;

    @Option(names = "--no-charts", description = "leave the folder's charts and report.html as they are (without this box); "
            + "brink chart DIR redraws them with it")
    boolean noCharts;

    @Override
    public Integer call() throws IOException {
        if (!(threshold > 0 && threshold <= 1) || !(peel > 0 && peel < 0.5) || !(paste > 0 && paste < 0.5) || !(massMin > 0 && massMin < 1)) {
            throw new UserError("--threshold must be in (0, 1], --peel and --paste in (0, 0.5) and --mass-min in (0, 1)");
        }
        Prim.Objective obj = Prim.Objective.of(objective);
        if (obj == null) {
            throw new UserError("--objective " + objective + ": one of lenient1, lenient2, original");
        }
        if (boxes < 1 || boxes > 20) {
            throw new UserError("--boxes must be from 1 to 20, got " + boxes);
        }
        if (resample < 0 || resample > 1000) {
            throw new UserError("--resample must be from 0 to 1000, got " + resample);
        }
        Discovery.Space space = Discovery.read(dir, policy);
        Discovery.Condition condition = Discovery.condition(where, space);
        Discovery.Found found = Discovery.run(space, condition, new Prim.Settings(peel, paste, massMin, threshold, obj, !noPaste, null),
                boxes, select, resample, seed);
        OutputFolder folder = Scenarios.openFolder(dir);
        String failed = null;
        try (folder) {
            Discovery.write(folder.file("boxes.csv"), folder.file("trajectory.csv"), space, found);
            // --no-charts leaves the sweep's charts and report alone: discover never removes what it did not draw; a robust
            // folder's charts and report do not show boxes
            if (!space.robust() && !noCharts) {
                failed = Scenarios.sweepCharts(folder, false);
            }
            Scenarios.commit(folder);
        }
        if (!quiet) {
            print(spec.commandLine().getOut(), space, found, !noCharts && !space.robust());
        }
        return failed == null ? 0 : Scenarios.chartsFailed(spec.commandLine().getErr(), failed, dir);
    }

    private static void print(java.io.PrintWriter out, Discovery.Space space, Discovery.Found f, boolean drew) {
        String what = space.robust() ? "futures" : "samples";
        out.printf(Locale.ROOT, "%d of %d %s have %s.%n", f.cases(), f.samples(), what, f.condition().text());
        if (f.cases() == 0) {
            out.println("No sample meets the condition: there is no box to find (widen the ranges, or loosen the condition).");
            return;
        }
        for (int b = 0; b < f.boxes().size(); b++) {
            Prim.Result r = f.boxes().get(b);
            Prim.Box box = r.box();
            out.printf(Locale.ROOT, "%s (step %d of %d): coverage %.2f (of those %s, the share inside), density %.2f "
                    + "(inside, the share that has it), mass %.2f%n", f.boxes().size() == 1 ? "The box" : "Box " + (b + 1), box.step(),
                    r.trajectory().size() - 1, box.coverage(), what, box.density(), box.mass());
            java.util.List<String> where = new java.util.ArrayList<>();
            for (Prim.Limit l : r.limits()) {
                String name = space.parameters().get(l.parameter());
                String kept = b == 0 && f.resampled() != null ? String.format(Locale.ROOT, "; restricted in %.0f of %d random halves",
                        f.resampled()[l.parameter()] * f.resamples(), f.resamples()) : "";
                if (l.restricted()) {
                    out.printf(Locale.ROOT, "  %-40s %s to %s   (qp %.2g%s%s)%n", name, Csv.number(l.low()), Csv.number(l.high()), l.qp(),
                            l.qp() < 0.05 ? ": matters" : ": may be chance", kept);
                } else {
                    out.printf(Locale.ROOT, "  %-40s any value in its range%s%n", name, kept.isEmpty() ? "" : "   (" + kept.substring(2) + ")");
                }
                Double own = space.scenarioValues()[l.parameter()];
                if (own != null && l.restricted()) {
                    where.add(name + " " + Csv.number(own) + (own < l.low() ? " (below the box)" : own > l.high() ? " (above the box)"
                            : " (inside)"));
                }
            }
            if (b == 0 && !where.isEmpty()) {
                boolean inside = where.stream().allMatch(w -> w.endsWith("(inside)"));
                out.println("The scenario itself (" + space.scenario() + ") stands at: " + String.join("; ", where) + (inside
                        ? ": inside the box, so the condition is likely where it stands."
                        : ": outside the box on at least one field, so reaching the condition needs that field to move."));
            }
        }
        if (f.boxes().size() < f.asked()) {
            out.printf(Locale.ROOT, "No further box: among the %s no box holds, none reaches the density asked (%s asked for).%n", what,
                    f.asked());
        }
        if (f.resampled() != null) {
            out.printf(Locale.ROOT, "(random halves drawn from seed %d: a restriction that comes back in most halves is a property of the "
                    + "%s, one that comes and goes is noise)%n", f.seed(), what);
        }
        out.println("Wrote boxes.csv and trajectory.csv to " + space.dir() + (space.robust() ? " (the robust run's charts and report do not "
                + "show boxes)" : drew ? " (and redrew its charts and report.html)"
                : Files.exists(space.dir().resolve("report.html")) ? " (its charts and report.html are as they were, without this box: "
                + "brink chart " + space.dir() + " redraws them)" : " (no charts: brink chart " + space.dir() + " draws them)"));
    }
}
