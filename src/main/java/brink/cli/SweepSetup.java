package brink.cli;

import brink.analysis.Indices;
import brink.analysis.Parameter;
import brink.analysis.SampleRunner;
import brink.scenario.Scenario;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How a sweep's checks and findings are said on the command line (the checks themselves: brink.app.Sweeps). */
final class SweepSetup {
    private SweepSetup() {
    }

    /**
     * The ranges checked by the application layer ({@link brink.app.Sweeps#checkRanges}); a refused one is printed
     * (with the scenario's problems, if any) and null is returned.
     */
    static List<Parameter> checkRanges(Scenario base, SampleRunner runner, PrintWriter err) {
        return checkRanges(base, runner, err, p -> "--vary " + p);
    }

    static List<Parameter> checkRanges(Scenario base, SampleRunner runner, PrintWriter err,
                                       java.util.function.Function<Parameter, String> origin) {
        try {
            return brink.app.Sweeps.checkRanges(base, runner, origin);
        } catch (brink.app.Sweeps.RangeRefused e) {
            err.println("brink: " + e.getMessage());
            if (e.problems() != null) {
                Scenarios.printProblems(e.problems(), err);
            }
            return null;
        }
    }

    /** What the Sobol intervals do and do not include, said wherever they are shown. */
    static final String SOBOL_CAVEAT = "Note: the intervals are a bootstrap over the design's samples; they do not include the "
            + "replication noise in each sample's outcome mean. With few --reps that noise can move an index more than its interval "
            + "says: rerun with another --seed (or more --reps) and see whether the ranking holds.";
    static final String OUTSIDE = "An index below 0 or above 1 is not a share of variance: it is estimation noise (too few "
            + "--samples or --reps for that field); read it as about 0 (or about 1) and widen the sweep.";

    static boolean outside(Indices.Sobol s) {
        return s.st() < 0 || s.st() > 1 || s.s1() < 0 || s.s1() > 1;
    }

    /** For each outcome, the fields ranked by their total (Sobol) or mu* (Morris) index. */
    static void printSummary(PrintWriter out, List<Parameter> ps, List<String> outcomes, Map<String, List<Indices.Sobol>> sobol,
                             Map<String, List<Indices.Morris>> morris) {
        if (!sobol.isEmpty()) {
            out.println("Which field matters (Sobol total index ST [95 % interval], first-order S1):");
            sobol.forEach((o, list) -> {
                out.println("  " + o + ":");
                list.stream().sorted(Comparator.comparingDouble(Indices.Sobol::st).reversed()).forEach(s -> out.printf(Locale.ROOT,
                        "    %-40s ST %.2f [%.2f, %.2f]  S1 %.2f%s%n", ps.get(s.parameter()).path(), s.st(), s.stLow(), s.stHigh(), s.s1(),
                        outside(s) ? "  (outside 0-1: estimation noise, see below)" : ""));
            });
            out.println(SOBOL_CAVEAT);
            if (sobol.values().stream().flatMap(List::stream).anyMatch(SweepSetup::outside)) {
                out.println(OUTSIDE);
            }
        }
        if (!morris.isEmpty()) {
            out.println("Which field matters (Morris mu* [95 % interval], sigma):");
            morris.forEach((o, list) -> {
                out.println("  " + o + ":");
                list.stream().sorted(Comparator.comparingDouble(Indices.Morris::muStar).reversed()).forEach(m -> out.printf(Locale.ROOT,
                        "    %-40s mu* %.3g [%.3g, %.3g]  sigma %.3g%n", ps.get(m.parameter()).path(), m.muStar(), m.muStarLow(),
                        m.muStarHigh(), m.sigma()));
            });
        }
    }
}
