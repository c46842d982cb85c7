package brink.experiment;

import java.util.List;

/**
 * What a scenario's outcome catalogue depends on: its rungs (ordered by severity) and their combat levels, the rung
 * it starts on, the actors that use up units (with the domain's unit), its events, its balances, and its years.
 */
public record OutcomeContext(
        List<String> rungs,
        List<String> rungCombat,
        int startRung,
        List<Firer> firers,
        List<EventKind> events,
        List<String> balances,
        List<String> actors,
        int years,
        int fullYears,
        String horizon,
        int days) {

    /** Whether the run's last year is cut short (a horizon that is not whole years is said in days). */
    public boolean lastYearCut() {
        return !horizon.endsWith("year") && !horizon.endsWith("years");
    }

    /** An actor that uses up units of a domain by its events: {@code unit} is the domain's unit ("ballistic missiles"). */
    public record Firer(String actor, String domain, String unit) {
        public String id() {
            return actor + "_" + domain;
        }
    }

    /** An event the scenario declares: its id, who does it and what the log calls it. */
    public record EventKind(String id, String actor, String type, boolean onlyOrdered) {
        /** An event the model never starts in this run (no rate, no dates, no event answers with it): only a team's orders. */
        public EventKind(String id, String actor, String type) {
            this(id, actor, type, false);
        }
    }
}
