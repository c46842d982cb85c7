package brink.analysis;

import brink.experiment.Ensemble;
import brink.experiment.Outcome;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import brink.scenario.Setting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The work unit of every sweep and calibration: one sample, the scenario loaded with the sweep's base settings and
 * the sample's values (as {@code --set} would), run for all its replications with the common seeds (replication i has
 * seed i of the base seed in every sample), reduced to each outcome's mean and interval. Only these summaries are kept.
 * Independent of the machine it runs on, so that samples can be farmed out (the Spark profile).
 */
public final class SampleRunner implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /**
     * The base scenario as its resolved content (extends and the base settings applied, the horizon set), not as a
     * file: an executor on another machine needs no scenario files. The path is only for messages.
     */
    private final String name;
    private final String file;
    private final String resolvedJson;
    private final List<String> baseSettings;
    private final List<Parameter> parameters;
    private final List<String> outcomes;
    private final int replications;
    private final long seed;
    /** A calibration also checks the scenario's targets on each sample's replications. */
    private final boolean targets;
    /**
     * The horizon of the run (--years), or null for the scenario's own. The resolved content is the scenario over its
     * own horizon, and each sample is cut to this one after it is checked, as brink run does: a dated item beyond a
     * shorter horizon simply does not happen, instead of making every sample invalid.
     */
    private final Double years;

    public SampleRunner(Scenario base, List<Parameter> parameters, List<String> outcomes, int replications, long seed) {
        this(base, parameters, outcomes, replications, seed, false);
    }

    /** @param base the scenario every sample starts from, loaded with the base settings and over the run's horizon */
    public SampleRunner(Scenario base, List<Parameter> parameters, List<String> outcomes, int replications, long seed,
                        boolean targets) {
        this(base, null, parameters, outcomes, replications, seed, targets);
    }

    /**
     * @param base  the scenario every sample starts from, loaded with the base settings over its own horizon
     * @param years the run's horizon (--years), or null for the scenario's own
     */
    public SampleRunner(Scenario base, Double years, List<Parameter> parameters, List<String> outcomes, int replications, long seed,
                        boolean targets) {
        this(base.name(), base.file().toString(), base.resolvedJson(), base.settings(), parameters, outcomes, replications, seed,
                targets, years);
    }

    private SampleRunner(String name, String file, String resolvedJson, List<String> baseSettings, List<Parameter> parameters,
                         List<String> outcomes, int replications, long seed, boolean targets, Double years) {
        this.years = years;
        this.name = name;
        this.file = file;
        this.resolvedJson = resolvedJson;
        this.baseSettings = List.copyOf(baseSettings);
        this.parameters = List.copyOf(parameters);
        this.outcomes = List.copyOf(outcomes);
        this.replications = replications;
        this.seed = seed;
        this.targets = targets;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    /** The same sweep over {@code checked} parameters (the same fields, some now over whole numbers). */
    public SampleRunner with(List<Parameter> checked) {
        return new SampleRunner(name, file, resolvedJson, baseSettings, checked, outcomes, replications, seed, targets, years);
    }

    public List<String> outcomes() {
        return outcomes;
    }

    public int replications() {
        return replications;
    }

    /** The field values of the design point {@code unit}. */
    public double[] values(double[] unit) {
        double[] v = new double[parameters.size()];
        for (int j = 0; j < v.length; j++) {
            v[j] = parameters.get(j).value(unit[j]);
        }
        return v;
    }

    /** The scenario at these values: the base scenario, then one setting per varied field. */
    public Scenario scenario(double[] values) throws ScenarioException {
        List<Setting> all = new ArrayList<>();
        for (int j = 0; j < values.length; j++) {
            all.add(new Setting(parameters.get(j).path(), Parameter.fmt(values[j]), "--vary"));
        }
        return horizon(ScenarioLoader.fromResolved(name, Path.of(file), resolvedJson, baseSettings, all));
    }

    private Scenario horizon(Scenario s) {
        return years == null ? s : s.withYears(years);
    }

    /** The base scenario with only the field at {@code path} set. */
    public Scenario scenarioWith(String path, double value) throws ScenarioException {
        return horizon(ScenarioLoader.fromResolved(name, Path.of(file), resolvedJson, baseSettings,
                List.of(new Setting(path, Parameter.fmt(value), "--vary"))));
    }

    public SampleResult run(int sample, double[] unit) throws ScenarioException {
        double[] values = values(unit);
        Scenario s = scenario(values);
        int k = outcomes.size();
        double[][] v = new double[k][replications];
        Outcome[] chosen = new Outcome[k];
        Outcome.Unit[] units = new Outcome.Unit[k];
        List<brink.experiment.RunSummary> summaries = targets ? new ArrayList<>() : null;
        brink.experiment.RunShape shape;
        try {
            // on this thread: a sweep runs its samples in parallel, or an executor of Spark runs them
            shape = Ensemble.run(s, replications, seed, 1, List.of(), new Ensemble.Listener() {
                @Override
                public void started(brink.experiment.RunShape started) {
                    int[] index = indexOf(started.outcomes());
                    for (int j = 0; j < k; j++) {
                        chosen[j] = started.outcomes().get(index[j]);
                        units[j] = chosen[j].unit();
                    }
                }

                @Override
                public void finished(brink.experiment.RunRecord run) {
                    if (summaries != null) {
                        summaries.add(run.summary());
                    }
                    for (int j = 0; j < k; j++) {
                        v[j][run.replication()] = chosen[j].value().applyAsDouble(run.summary());
                    }
                }
            }, (done, total) -> { });
        } catch (java.io.InterruptedIOException e) {
            throw new java.util.concurrent.CancellationException("interrupted");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // nothing here reads or writes a file
        }
        double[] mean = new double[k];
        double[] low = new double[k];
        double[] high = new double[k];
        double t = replications > 1 ? new TDistribution(replications - 1).inverseCumulativeProbability(0.975) : Double.NaN;
        for (int j = 0; j < k; j++) {
            double m = 0;
            for (double x : v[j]) {
                m += x;
            }
            m /= replications;
            mean[j] = m;
            if (units[j] == Outcome.Unit.PROBABILITY) {
                // Wilson's interval: stays inside [0, 1] and is not empty at 0 or 1 occurrences
                double z = 1.959963984540054;
                double centre = (m + z * z / (2 * replications)) / (1 + z * z / replications);
                double half = z / (1 + z * z / replications) * Math.sqrt(m * (1 - m) / replications
                        + z * z / (4.0 * replications * replications));
                low[j] = Math.max(0, centre - half);
                high[j] = Math.min(1, centre + half);
                continue;
            }
            double ss = 0;
            for (double x : v[j]) {
                ss += (x - m) * (x - m);
            }
            double half = replications > 1 ? t * Math.sqrt(ss / (replications - 1) / replications) : Double.NaN;
            boolean nonNegative = units[j] != Outcome.Unit.RATIO && units[j] != Outcome.Unit.GROWTH;
            low[j] = nonNegative ? Math.max(0, m - half) : m - half;
            high[j] = m + half;
        }
        double[] checked = new double[0];
        if (summaries != null) {
            checked = brink.experiment.Targets.check(s, shape, summaries).stream()
                    .mapToDouble(brink.experiment.Targets.Result::mean).toArray();
        }
        return new SampleResult(sample, values, mean, low, high, checked);
    }

    private int[] indexOf(List<Outcome> catalogue) {
        int[] out = new int[outcomes.size()];
        for (int j = 0; j < out.length; j++) {
            String name = outcomes.get(j);
            out[j] = -1;
            for (int c = 0; c < catalogue.size(); c++) {
                if (catalogue.get(c).name().equals(name)) {
                    out[j] = c;
                }
            }
            if (out[j] < 0) {
                throw new IllegalStateException("outcome " + name + " vanished from a sample's catalogue");
            }
        }
        return out;
    }
}
