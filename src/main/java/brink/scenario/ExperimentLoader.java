package brink.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads an experiment file through the scenario files' door: the same parser, shape check and located messages. */
public final class ExperimentLoader {
    private ExperimentLoader() {
    }

    /** A validated experiment and the scenario file it names (resolved against the experiment file's folder). */
    /** @param parameterAt where each of the experiment's parameters is written, for messages about it */
    public record Loaded(ExperimentSpec.Experiment experiment, Path scenario, List<Location> parameterAt, List<Location> policyAt) {
        public Loaded {
            parameterAt = List.copyOf(parameterAt);
            policyAt = List.copyOf(policyAt);
        }
    }

    /** Whether the file is an experiment file (its top level has {@code experiment:}) rather than a scenario. */
    public static boolean isExperiment(Path file) {
        try {
            Node root = YamlReader.read(file, file.toString(), new ArrayList<>());
            return root instanceof Node.MapNode m && m.entries().containsKey("experiment");
        } catch (IOException e) {
            return false;
        }
    }

    public static Loaded load(Path file) throws ScenarioException {
        String shown = file.toString();
        Documents.Read<ExperimentSpec> read = Documents.read(file, shown, ExperimentSpec.class, "a readable file");
        List<Problem> problems = new ArrayList<>();
        Map<String, Location> where = read.where();
        ExperimentSpec spec = read.value();
        ExperimentSpec.Experiment x = spec.experiment();
        if (x.parameters().isEmpty()) {
            problems.add(new Problem(at(where, "experiment.parameters", shown), "experiment.parameters", "varies nothing",
                    "at least one field: - {path: events.missile-test.rate, low: 8, high: 14}"));
        }
        for (int i = 0; i < x.parameters().size(); i++) {
            ExperimentSpec.Field f = x.parameters().get(i);
            String p = "experiment.parameters[" + i + "]";
            boolean levels = !f.levels().isEmpty();
            boolean range = f.low() != null || f.high() != null;
            if (levels == range) {
                problems.add(new Problem(at(where, p, shown), p, levels ? "has both levels and a range" : "has neither levels nor a range",
                        "low: and high: (and distribution:), or levels: [a, b, c]"));
            } else if (range && (f.low() == null || f.high() == null || !(f.low() < f.high()))) {
                problems.add(new Problem(at(where, p + ".high", shown), p + ".high", "the range must have low < high",
                        "low: 1, high: 5"));
            } else if (range && f.distribution() == ExperimentSpec.Distribution.LOG_UNIFORM && f.low() <= 0) {
                problems.add(new Problem(at(where, p + ".low", shown), p + ".low", "a log-uniform range must be above 0",
                        "low: 0.01"));
            } else if (levels && f.distribution() != null) {
                problems.add(new Problem(at(where, p + ".distribution", shown), p + ".distribution", "levels have no distribution",
                        "remove distribution:"));
            }
        }
        for (int i = 0; i < x.set().size(); i++) {
            try {
                Setting.parse(x.set().get(i));
            } catch (IllegalArgumentException e) {
                String p = "experiment.set[" + i + "]";
                problems.add(new Problem(at(where, p, shown), p, e.getMessage().replaceFirst("^--set ", ""), "PATH=VALUE"));
            }
        }
        for (int i = 0; i < x.policies().size(); i++) {
            ExperimentSpec.Policy pol = x.policies().get(i);
            String p = "experiment.policies[" + i + "]";
            if (pol.levels().isEmpty()) {
                problems.add(new Problem(at(where, p + ".levels", shown), p + ".levels", "gives the lever no value", "levels: [0, 2, 6]"));
            }
            for (String level : pol.levels()) {
                try {
                    Setting.parse(pol.path() + "=" + level);
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(at(where, p, shown), p, e.getMessage().replaceFirst("^--set ", ""), "path: FIELD, levels: [A, B]"));
                }
            }
        }
        x.goals().forEach((outcome, goal) -> {
            if (!goal.equals("min") && !goal.equals("max")) {
                String p = "experiment.goals." + outcome;
                problems.add(new Problem(at(where, p, shown), p, "is '" + goal + "'", "min or max"));
            }
        });
        for (int i = 0; i < x.satisfy().size(); i++) {
            if (!ExperimentSpec.THRESHOLD.matcher(x.satisfy().get(i)).matches()) {
                String p = "experiment.satisfy[" + i + "]";
                problems.add(new Problem(at(where, p, shown), p, "'" + x.satisfy().get(i) + "' is not a threshold", "any_war<0.05"));
            }
        }
        Path scenario = null;
        try {
            scenario = file.toAbsolutePath().getParent().resolve(x.scenario()).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            problems.add(new Problem(at(where, "scenario", shown), "scenario", "is not a file name this system can open ("
                    + e.getReason() + ")", "a path relative to this file, e.g. ../baseline.yaml"));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        List<Location> parameterAt = new ArrayList<>();
        for (int i = 0; i < x.parameters().size(); i++) {
            parameterAt.add(at(where, "experiment.parameters[" + i + "]", shown));
        }
        List<Location> policyAt = new ArrayList<>();
        for (int i = 0; i < x.policies().size(); i++) {
            policyAt.add(at(where, "experiment.policies[" + i + "]", shown));
        }
        return new Loaded(x, scenario, parameterAt, policyAt);
    }

    private static Location at(Map<String, Location> where, String path, String file) {
        return Location.nearest(where, path, file);
    }
}
