package brink.scenario;

import static brink.scenario.Defaults.list;
import static brink.scenario.Defaults.map;
import static brink.scenario.Defaults.or;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A scenario file as data: what {@code scenarios/README.md} documents, field for field.
 * Keyed collections are maps so that a scenario that {@code extends} another can change one entry by its id.
 */
public record ScenarioSpec(
        Kind kind,
        @Required Info info,
        LocalDate start,
        @Range(min = 0.01, max = 100) Double years,
        Map<String, DomainSpec> domains,
        Map<String, CommoditySpec> commodities,
        Map<String, ActorSpec> actors,
        Map<String, RelationSpec> relations,
        Map<String, List<String>> blocs,
        Map<String, BalanceSpec> balances,
        Map<String, SinkSpec> sinks,
        Map<String, TransferSpec> transfers,
        LadderSpec ladder,
        Map<String, PeriodSpec> periods,
        Map<String, EventSpec> events,
        Map<String, ActionSpec> actions,
        Map<String, TriggerSpec> triggers,
        CombatSpec combat,
        BattleSpec battle,
        RecordingSpec recording,
        StepsSpec steps,
        Map<String, TargetSpec> targets,
        Map<String, LeverSpec> levers,
        Map<String, List<String>> visibility) {

    public ScenarioSpec {
        kind = or(kind, Kind.THEATRE);
        years = or(years, 10.0);
        domains = map(domains);
        commodities = map(commodities);
        actors = map(actors);
        relations = map(relations);
        blocs = map(blocs);
        balances = map(balances);
        sinks = map(sinks);
        transfers = map(transfers);
        periods = map(periods);
        events = map(events);
        actions = map(actions);
        triggers = map(triggers);
        combat = or(combat, new CombatSpec(null, null, null, null, null, null));
        recording = or(recording, new RecordingSpec(null));
        steps = or(steps, new StepsSpec(null));
        // a target switched off in a variant (enabled: false) is not checked anywhere: it is dropped at the door
        targets = map(targets).entrySet().stream().filter(e -> e.getValue() == null || e.getValue().enabled())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        java.util.LinkedHashMap::new));
        targets = java.util.Collections.unmodifiableMap(targets);
        levers = map(levers);
        visibility = map(visibility);
    }

    /** The same scenario over another horizon (dated items beyond it simply do not happen). */
    public ScenarioSpec withYears(double newYears) {
        return new ScenarioSpec(kind, info, start, newYears, domains, commodities, actors, relations, blocs, balances,
                sinks, transfers, ladder, periods, events, actions, triggers, combat, battle, recording, steps, targets, levers, visibility);
    }

    public enum Kind {
        @JsonProperty("theatre") THEATRE,
        @JsonProperty("battle") BATTLE
    }

    /** The NetLogo-style info block: what the scenario is and how to use it in class. */
    public record Info(
            @Required String title,
            @Required String represents,
            String notice,
            @JsonProperty("try") String toTry,
            List<String> sources) {
        public Info {
            notice = or(notice, "");
            toTry = or(toTry, "");
            sources = list(sources);
        }
    }

    /** A kind of force, compared like with like across actors. */
    public record DomainSpec(
            String unit,
            @Range(min = 0) Double weight,
            @Range(min = 0) Double lethality,
            Law law) {
        public DomainSpec {
            unit = or(unit, "units");
            weight = or(weight, 1.0);
            lethality = or(lethality, 0.01);
            law = or(law, Law.SQUARE);
        }
    }

    /** Lanchester's laws: square for aimed fire, linear for area fire. */
    public enum Law {
        @JsonProperty("square") SQUARE,
        @JsonProperty("linear") LINEAR
    }

    /** Something counted but not fought with directly: shells, troops. */
    public record CommoditySpec(String unit) {
        public CommoditySpec {
            unit = or(unit, "units");
        }
    }

    public record RelationSpec(
            @Required List<String> between,
            @Required RelationType type,
            @Range(min = 0, max = 1) Double strength) {
        public RelationSpec {
            between = list(between);
            strength = or(strength, 1.0);
        }
    }

    public enum RelationType {
        @JsonProperty("alliance") ALLIANCE,
        @JsonProperty("rivalry") RIVALRY
    }

    /** A force-balance ratio to record: bloc {@code of} against bloc {@code against}. */
    public record BalanceSpec(@Required String of, @Required String against) {
    }

    /** A war outside the theatre that consumes an actor's units or a commodity. */
    public record SinkSpec(
            @Required String actor,
            String domain,
            String commodity,
            @Required @Range(min = 0) Double rate,
            LocalDate start,
            LocalDate end,
            String detail,
            Boolean enabled) {
        public SinkSpec {
            detail = or(detail, "");
            enabled = or(enabled, true);
        }
    }

    /**
     * How often the slow processes run: production, attrition, sinks, transfers, redeployment and the arms race
     * ({@code economy}). Readiness, the ladder and combat always run daily.
     */
    public record StepsSpec(Step economy) {
        public StepsSpec {
            economy = or(economy, Step.MONTH);
        }
    }

    public enum Step {
        @JsonProperty("day") DAY,
        @JsonProperty("month") MONTH
    }

    public record RecordingSpec(@Range(min = 0, max = 36500) Integer dailyDays) {
        public RecordingSpec {
            dailyDays = or(dailyDays, 0);
        }
    }
}
