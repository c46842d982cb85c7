package brink.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a shorter horizon leaves out: the scenario's dated entries that begin after the run's last day (a period, an
 * action, an event's dates, a transfer, a war elsewhere, a trigger's date). A run over {@code --years} shorter than
 * the file's own horizon accepts them, and they do not happen; the commands say which, so that a student does not
 * read their absence as the model's doing.
 */
public final class Horizon {
    private Horizon() {
    }

    /** The entries dated after {@code lastDay}, each as "section.id (date)". */
    public static List<String> beyond(ScenarioSpec s, LocalDate lastDay) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, PeriodSpec> e : map(s.periods()).entrySet()) {
            PeriodSpec p = e.getValue();
            if (p.enabled() && p.start() != null && p.start().isAfter(lastDay)) {
                out.add("periods." + e.getKey() + " (" + p.start() + ")");
            }
        }
        for (Map.Entry<String, ActionSpec> e : map(s.actions()).entrySet()) {
            if (e.getValue().enabled() && e.getValue().date() != null && e.getValue().date().isAfter(lastDay)) {
                out.add("actions." + e.getKey() + " (" + e.getValue().date() + ")");
            }
        }
        for (Map.Entry<String, EventSpec> e : map(s.events()).entrySet()) {
            List<LocalDate> dates = e.getValue().dates() == null ? List.of() : e.getValue().dates();
            long late = dates.stream().filter(d -> d.isAfter(lastDay)).count();
            if (e.getValue().enabled() && late > 0) {
                out.add("events." + e.getKey() + ".dates (" + late + " of " + dates.size() + ")");
            }
        }
        for (Map.Entry<String, TransferSpec> e : map(s.transfers()).entrySet()) {
            if (e.getValue().enabled() && e.getValue().start() != null && e.getValue().start().isAfter(lastDay)) {
                out.add("transfers." + e.getKey() + " (" + e.getValue().start() + ")");
            }
        }
        for (Map.Entry<String, ScenarioSpec.SinkSpec> e : map(s.sinks()).entrySet()) {
            if (e.getValue().enabled() && e.getValue().start() != null && e.getValue().start().isAfter(lastDay)) {
                out.add("sinks." + e.getKey() + " (" + e.getValue().start() + ")");
            }
        }
        for (Map.Entry<String, TriggerSpec> e : map(s.triggers()).entrySet()) {
            LocalDate after = e.getValue().when().after();
            if (e.getValue().enabled() && after != null && !after.isBefore(lastDay)) {
                out.add("triggers." + e.getKey() + " (after " + after + ")");
            }
        }
        return out;
    }

    private static <T> Map<String, T> map(Map<String, T> m) {
        return m == null ? Map.of() : m;
    }
}
