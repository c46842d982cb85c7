package brink.scenario;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A validated scenario: its name (the file name without extension), where it came from, the SHA-256 of its
 * resolved content (after {@code extends} and any {@code --set}) for provenance, the data itself, and the
 * {@code --set} overrides it was loaded with (as typed, PATH=VALUE).
 */
public record Scenario(String name, Path file, String sha256, String resolvedJson, ScenarioSpec spec,
                       java.util.Map<String, Location> where, java.util.List<String> settings) {

    /** Where a field (a dotted path such as {@code targets.x.outcome}) was written, or the nearest enclosing one. */
    public Location locate(String path) {
        return Location.nearest(where, path, file.toString());
    }

    /**
     * The value at a dotted path ({@code events.x.rate}, {@code battle.sides[0].strength}) of the resolved content, or a
     * missing node where the scenario leaves the field out.
     */
    public com.fasterxml.jackson.databind.JsonNode valueAt(String path) {
        com.fasterxml.jackson.databind.JsonNode n;
        try {
            n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(resolvedJson);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a scenario's own resolved content could not be read back", e);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]").matcher(path);
        while (m.find()) {
            n = m.group(1) != null ? n.path(m.group(1)) : n.path(Integer.parseInt(m.group(2)));
        }
        return n;
    }

    /**
     * Number of simulated days: the calendar days of the whole years from the start, plus any fraction of a year
     * at 365.25 days (so 10 years from 2025-01-01 end on 2034-12-31).
     */
    public int days() {
        if (spec.kind() == ScenarioSpec.Kind.BATTLE) {
            return spec.battle().days();
        }
        int whole = (int) Math.floor(spec.years());
        long d = java.time.temporal.ChronoUnit.DAYS.between(spec.start(), spec.start().plusYears(whole));
        return (int) (d + Math.round((spec.years() - whole) * 365.25));
    }

    /**
     * This scenario run over {@code years} instead of its own horizon: its resolved content, and so its SHA-256 in
     * manifests, says so.
     */
    public Scenario withYears(double years) {
        String json = ScenarioLoader.withYears(resolvedJson, years);
        return new Scenario(name, file, ScenarioLoader.hashOf(json), json, spec.withYears(years), where, settings);
    }

    public LocalDate start() {
        return spec.start();
    }
}
