package brink.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The main levers of a theatre scenario, as a student turns them in the GUI: how much Russia helps the DPRK, how
 * much of its force the US keeps in the theatre, how strongly the ROK and Japan answer the DPRK's build-up,
 * whether the US-ROK exercises take place, and the DPRK's armour and missile production pushes.
 *
 * <p>Levers are not a second way of computing: they become an ordinary scenario file that {@code extends} the
 * one they were set on (scaled values, a start-date action and disabled periods, in the scenario language of
 * {@code scenarios/README.md}), which goes through the same door as every other file. Saved, that file reproduces the GUI's run with
 * {@code brink run}. Factors are multipliers (1 = as the scenario says).
 */
public record LeverSettings(double russianAssistance, double usCommitment, double alliedResponse, boolean exercises,
                            double armorPush, double missilePush) {
    public static final LeverSettings NEUTRAL = new LeverSettings(1, 1, 1, true, 1, 1);
    public static final double MAX_FACTOR = 4.0;

    /** The actor ids and domains the levers act on (those of the shipped scenarios). */
    static final String RUSSIA = "Russia";
    static final String DPRK = "DPRK";
    static final String US = "US";
    static final List<String> ALLIES = List.of("ROK", "Japan");
    static final String ARMOR = "armor";
    static final String MISSILE = "missile";
    static final String EXERCISE = "exercise";

    public LeverSettings {
        check("russianAssistance", russianAssistance);
        check("usCommitment", usCommitment);
        check("alliedResponse", alliedResponse);
        check("armorPush", armorPush);
        check("missilePush", missilePush);
    }

    private static void check(String name, double factor) {
        if (!(factor >= 0 && factor <= MAX_FACTOR)) {
            throw new IllegalArgumentException(name + " must be a factor from 0 to " + MAX_FACTOR + ", not " + factor);
        }
    }

    public boolean isNeutral() {
        return equals(NEUTRAL);
    }

    /** Which levers have something to act on in a scenario (a scenario without Russia has no Russian assistance). */
    public record Reach(boolean russianAssistance, boolean usCommitment, boolean alliedResponse, boolean exercises,
                        boolean armorPush, boolean missilePush) {
    }

    public static Reach reach(ScenarioSpec s) {
        return new Reach(!assistance(s).isEmpty(), s.actors().containsKey(US),
                ALLIES.stream().anyMatch(s.actors()::containsKey), !exercisePeriods(s).isEmpty(),
                fields(s, DPRK, ARMOR), fields(s, DPRK, MISSILE));
    }

    private static boolean fields(ScenarioSpec s, String actor, String domain) {
        ActorSpec a = s.actors().get(actor);
        return a != null && a.forces().containsKey(domain);
    }

    /** The enabled transfers from Russia to the DPRK (technology, parts, munitions): "Russian assistance". */
    static List<String> assistance(ScenarioSpec s) {
        List<String> ids = new ArrayList<>();
        s.transfers().forEach((id, t) -> {
            if (t.enabled() && RUSSIA.equals(t.from()) && DPRK.equals(t.to())) {
                ids.add(id);
            }
        });
        return ids;
    }

    static List<String> exercisePeriods(ScenarioSpec s) {
        List<String> ids = new ArrayList<>();
        s.periods().forEach((id, p) -> {
            if (p.enabled() && EXERCISE.equals(p.type())) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** A short description for titles and footnotes, e.g. "US commitment x1.5, exercises off"; "" when neutral. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        factor(parts, "Russian assistance", russianAssistance);
        factor(parts, "US commitment", usCommitment);
        factor(parts, "ROK/Japan response", alliedResponse);
        if (!exercises) {
            parts.add("exercises off");
        }
        factor(parts, "DPRK armour push", armorPush);
        factor(parts, "DPRK missile push", missilePush);
        return String.join(", ", parts);
    }

    private static void factor(List<String> parts, String name, double f) {
        if (f != 1.0) {
            parts.add(name + " x" + num(f));
        }
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("\\.?0+$", "");
    }

    /**
     * The scenario file these levers make of {@code base}: it extends {@code extendsPath} (as written in the file)
     * and changes only what the levers touch. Factors that hold from the first day are written as the scaled
     * values themselves (a transfer's rate and effects, a reaction coefficient, a production rate), so that they
     * act from day 0 exactly; the US commitment is a start-date action, because commitment moves forces over the
     * redeployment time, as in the scenario language.
     */
    public String overlay(Scenario base, String extendsPath) {
        ScenarioSpec s = base.spec();
        Reach reach = reach(s);
        Map<String, Object> transfers = new LinkedHashMap<>();
        if (reach.russianAssistance() && russianAssistance != 1) {
            for (String id : assistance(s)) {
                boolean paysForAnother = s.transfers().values().stream().anyMatch(t -> t.enabled() && id.equals(t.tiedTo()));
                transfers.put(id, russianAssistance == 0 && !paysForAnother ? Map.of("enabled", false)
                        : scaled(s.transfers().get(id), russianAssistance));
            }
        }
        Map<String, Object> actors = new LinkedHashMap<>();
        if (reach.alliedResponse() && alliedResponse != 1) {
            for (String ally : ALLIES) {
                ActorSpec a = s.actors().get(ally);
                if (a != null) {
                    actors.put(ally, Map.of("budget", Map.of("reaction", round(a.budget().reaction() * alliedResponse))));
                }
            }
        }
        Map<String, Object> dprkForces = new LinkedHashMap<>();
        if (reach.armorPush() && armorPush != 1) {
            dprkForces.put(ARMOR, production(s, ARMOR, armorPush));
        }
        if (reach.missilePush() && missilePush != 1) {
            dprkForces.put(MISSILE, production(s, MISSILE, missilePush));
        }
        if (!dprkForces.isEmpty()) {
            actors.put(DPRK, Map.of("forces", dprkForces));
        }
        Map<String, Object> actions = new LinkedHashMap<>();
        if (reach.usCommitment() && usCommitment != 1) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("type", "commitment");
            a.put("actor", US);
            a.put("factor", usCommitment);
            a.put("date", s.start().toString()); // no detail: the event log then says "theatre commitment x1.5"
            actions.put("lever-us-commitment", a);
        }
        Map<String, Object> periods = new LinkedHashMap<>();
        if (reach.exercises() && !exercises) {
            for (String id : exercisePeriods(s)) {
                periods.put(id, Map.of("enabled", false));
            }
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("extends", extendsPath);
        if (!isNeutral()) {
            file.put("info", Map.of("title", s.info().title() + " - levers: " + describe()));
        }
        put(file, "actors", actors);
        put(file, "transfers", transfers);
        put(file, "actions", actions);
        put(file, "periods", periods);
        String header = "# " + base.name() + " with levers set in the Brink GUI"
                + (isNeutral() ? " (all neutral)" : ": " + describe()) + "\n"
                + "# brink run on this file gives the GUI's run with the same seed.\n";
        try {
            return header + YAML.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("levers could not be written as YAML", e);
        }
    }

    private static void put(Map<String, Object> file, String key, Map<String, Object> value) {
        if (!value.isEmpty()) {
            file.put(key, value);
        }
    }

    private static Map<String, Object> production(ScenarioSpec s, String domain, double factor) {
        return Map.of("production", round(s.actors().get(DPRK).forces().get(domain).production() * factor));
    }

    /** A transfer at {@code factor} times its flow: its yearly rate and, for technology, its effects. */
    private static Map<String, Object> scaled(TransferSpec t, double factor) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (t.rate() != null) {
            m.put("rate", round(t.rate() * factor));
        } else if (t.containersPerYear() != null) {
            m.put("containersPerYear", round(t.containersPerYear() * factor));
        }
        if (!t.quality().isEmpty()) {
            m.put("quality", scaled(t.quality(), factor));
        }
        if (!t.productionBoost().isEmpty()) {
            m.put("productionBoost", scaled(t.productionBoost(), factor));
        }
        return m;
    }

    private static Map<String, Double> scaled(Map<String, Double> values, double factor) {
        Map<String, Double> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k, round(v * factor)));
        return m;
    }

    /** Twelve significant figures, so that 0.01 x 3 is written 0.03. */
    private static double round(double v) {
        return v == 0 ? 0 : new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
    }

    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    /**
     * The scenario the GUI runs: {@code base} itself when every lever is neutral, else the overlay, loaded through
     * {@link ScenarioLoader} like any file (from a temporary folder that is deleted again) and named
     * {@code <base>-levers}.
     */
    public Scenario applyTo(Scenario base) throws ScenarioException {
        if (isNeutral()) {
            return base;
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("brink-levers");
            Path file = dir.resolve(base.name() + "-levers.yaml");
            Files.writeString(file, overlay(base, base.file().toAbsolutePath().toString()));
            return ScenarioLoader.load(file, true); // a file Brink wrote itself, in a temporary folder
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the levers' scenario file to a temporary folder", e);
        } finally {
            if (dir != null) {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                    Files.deleteIfExists(dir);
                } catch (IOException ignored) {
                    // a leftover file in the temporary folder harms nothing
                }
            }
        }
    }
}
