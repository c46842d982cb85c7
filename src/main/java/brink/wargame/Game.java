package brink.wargame;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * A seminar wargame as game.yaml records it: the scenario it plays (its resolved content is kept beside, in
 * scenario.json, so the folder is the whole game), the teams (actors played by students; the others keep the model's
 * rules), the turn length, the number of turns and the seed. Turn t covers [start(t), end(t)).
 */
public record Game(String title, String scenarioName, String scenarioPath, List<String> settings, List<String> teams, Cadence turn,
                   int turns, long seed, LocalDate start, int spreadReplications, String brinkVersion, Fog fog) {

    /**
     * What a team's brief shows of the forces the scenario's {@code visibility} hides from it: estimates (ranges around
     * a biased guess, the truth always inside), nothing, or (no fog) everything exactly. A game.yaml written before
     * fog existed has none recorded and keeps what its briefs showed then: hidden.
     */
    public enum Fog {
        ESTIMATES, HIDDEN, NONE;

        public String text() {
            return name().toLowerCase(Locale.ROOT);
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return text();
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Fog of(String text) {
            for (Fog f : values()) {
                if (f.text().equals(text)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("the fog is estimates, hidden or none, not " + text);
        }
    }

    public enum Cadence {
        WEEK, MONTH, QUARTER;

        public String text() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Cadence of(String text) {
            for (Cadence c : values()) {
                if (c.text().equals(text)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("the turn is week, month or quarter, not " + text);
        }
    }

    public Game {
        settings = settings == null ? List.of() : List.copyOf(settings);
        teams = teams == null ? List.of() : List.copyOf(teams);
        fog = fog == null ? Fog.HIDDEN : fog;
    }

    /** The most turns a game has, and the most replications behind a turn's "how unusual" (as --reps allows). */
    public static final int MAX_TURNS = 520;
    public static final int MAX_SPREAD = 100_000;

    /**
     * What is wrong with a game as read back from game.yaml (the checks of wargame new, so a hand-edited file cannot
     * start a turn that runs for hours or fails half-way), one "field: problem" each; empty when it is sound.
     */
    public List<String> problems() {
        List<String> out = new java.util.ArrayList<>();
        if (scenarioName == null || scenarioName.isBlank()) {
            out.add("scenarioName: is missing");
        }
        if (teams.isEmpty() || teams.stream().distinct().count() < teams.size() || teams.stream().anyMatch(t -> t == null || t.isBlank())) {
            out.add("teams: must name each team's actor once");
        }
        if (turn == null) {
            out.add("turn: is missing (week, month or quarter)");
        }
        if (turns < 1 || turns > MAX_TURNS) {
            out.add("turns: must be from 1 to " + MAX_TURNS + ", got " + turns);
        }
        if (spreadReplications < 1 || spreadReplications > MAX_SPREAD) {
            out.add("spreadReplications: must be from 1 to " + MAX_SPREAD + ", got " + spreadReplications);
        }
        if (start == null) {
            out.add("start: is missing (YYYY-MM-DD)");
        } else if (turn != null && turns >= 1 && turns <= MAX_TURNS && end(turns).isAfter(start.plusYears(100))) {
            out.add("turns: the game would last beyond 100 years");
        }
        return out;
    }

    public LocalDate start(int t) {
        return switch (turn) {
            case WEEK -> start.plusWeeks(t - 1L);
            case MONTH -> start.plusMonths(t - 1L);
            case QUARTER -> start.plusMonths(3L * (t - 1));
        };
    }

    /** The first day after turn t. */
    public LocalDate end(int t) {
        return start(t + 1);
    }

    /** Days of the scenario from its start to the end of turn t. */
    public int daysThrough(int t) {
        return (int) ChronoUnit.DAYS.between(start, end(t));
    }

    public int days(int t) {
        return (int) ChronoUnit.DAYS.between(start(t), end(t));
    }

    /** "turn 3 of 12: 2025-03-01 to 2025-03-31". */
    public String describe(int t) {
        return "turn " + t + " of " + turns + ": " + start(t) + " to " + end(t).minusDays(1);
    }

    public static String folder(int t) {
        return String.format(Locale.ROOT, "turn-%02d", t);
    }
}
