package brink.scenario;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A validated scenario: its name (the file name without extension), where it came from, the SHA-256 of its
 * resolved content (after {@code extends}) for provenance, and the data itself.
 */
public record Scenario(String name, Path file, String sha256, String resolvedJson, ScenarioSpec spec) {

    /** Number of simulated days: years of 365.25 days, rounded. */
    public int days() {
        return (int) Math.round(spec.years() * 365.25);
    }

    public LocalDate start() {
        return spec.start();
    }
}
