package brink.scenario;

import static brink.scenario.Defaults.list;
import static brink.scenario.Defaults.or;

import java.time.LocalDate;
import java.util.List;

/**
 * A calendar window such as a joint exercise: once from {@code start}, or every year from the month-day
 * {@code every} ("08-18"), lasting {@code days}. While it runs (and {@code lingerDays} of an event after it),
 * events with a {@code periodFactor} for its {@code type} happen more or less often.
 */
public record PeriodSpec(
        @Required String type,
        List<String> actors,
        String target,
        String every,
        LocalDate start,
        @Required @Range(min = 1, max = 366) Integer days,
        @Range(min = 0) Integer raiseTo,
        String detail,
        Boolean enabled) {

    public PeriodSpec {
        actors = list(actors);
        detail = or(detail, "");
        enabled = or(enabled, true);
    }
}
