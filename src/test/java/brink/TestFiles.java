package brink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Test helpers: the shipped test scenarios, and scenario text written to temporary files. */
public final class TestFiles {
    private TestFiles() {
    }

    public static Path resource(String name) {
        try {
            return Paths.get(TestFiles.class.getResource("/scenarios/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path write(Path dir, String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A generated theatre of {@code n} actors in two rival camps (even and odd indices), each with armor and
     * missiles, a missile-test event and an exercise; used to show nothing depends on the shipped five actors.
     */
    public static String theatre(int n) {
        StringBuilder s = new StringBuilder();
        s.append("""
                info: {title: Generated theatre of %d actors, represents: a test theatre}
                start: 2025-01-01
                years: 2
                domains: {armor: {unit: tanks}, missile: {unit: missiles, weight: 0.5}}
                actors:
                """.formatted(n));
        for (int i = 0; i < n; i++) {
            s.append("""
                      A%d:
                        name: Actor %d
                        budget: {amount: %d, split: {armor: 0.6, missile: 0.4}, reaction: 0.01, fatigue: 0.05, grievance: 0.1}
                        forces:
                          armor: {stock: %d, quality: 0.8, production: 20, attrition: 0.02}
                          missile: {stock: 200, production: 30}
                    """.formatted(i, i, 5 + i, 500 + 100 * i));
        }
        s.append("relations:\n");
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                String type = (i % 2) == (j % 2) ? "alliance" : "rivalry";
                s.append("  r%d-%d: {between: [A%d, A%d], type: %s, strength: 0.7}\n".formatted(i, j, i, j, type));
            }
        }
        s.append("blocs:\n  even: [");
        for (int i = 0; i < n; i += 2) {
            s.append(i == 0 ? "" : ", ").append("A").append(i);
        }
        s.append("]\n  odd: [");
        for (int i = 1; i < n; i += 2) {
            s.append(i == 1 ? "" : ", ").append("A").append(i);
        }
        s.append("""
                ]
                balances: {even-vs-odd: {of: even, against: odd}}
                ladder:
                  rungs:
                    - {name: peace}
                    - {name: tests, calmDays: 20}
                    - {name: clash, calmDays: 5, combat: clash}
                periods:
                  drill: {type: exercise, actors: [A1], target: A0, every: "08-18", days: 10}
                events:
                  test: {actor: A0, target: A1, type: missile test, rate: 10, periodFactor: {exercise: 3}, consumes: missile, salvo: {mean: 2}, raiseTo: 1}
                  clash: {actor: A1, target: A0, type: skirmish, rate: 1, minRung: 1, raiseTo: 2}
                combat: {sides: [even, odd]}
                """);
        return s.toString();
    }

    /** A CSV line cut to its first {@code n} cells (commas inside quotes kept): a file as an older version wrote it. */
    public static String firstCells(String line, int n) {
        boolean quoted = false;
        int seen = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            quoted ^= c == '"';
            if (c == ',' && !quoted && ++seen == n) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** The rows of a CSV file with a header, by column name. */
    public static java.util.List<org.apache.commons.csv.CSVRecord> csv(Path f) throws java.io.IOException {
        try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVParser.parse(f, java.nio.charset.StandardCharsets.UTF_8,
                org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }
}
