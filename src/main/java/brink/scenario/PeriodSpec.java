package brink.scenario;

import static brink.scenario.Defaults.list;
import static brink.scenario.Defaults.or;

import java.time.LocalDate;
import java.util.List;

/**
 * A calendar window such as a joint exercise: once from {@code start}, or every year from the month-day
 * {@code every} ("08-18"), lasting {@code days}. While it runs (and {@code lingerDays} of an event after it),
 * events with a {@code periodFactor} for its {@code type} happen more or less often. Its {@code intensity} scales what it
 * does (1 = as held in full; 0.5 = scaled down, as the computer-simulated drills of 2018-2021; 0 = not held): an event's
 * factor f becomes 1 + (f - 1) x intensity, and it raises the ladder only at an intensity of at least one half. An
 * {@code exercise} action changes the intensity of the occurrences that begin from its date on.
 */
public record PeriodSpec(
        @Required String type,
        List<String> actors,
        String target,
        String every,
        LocalDate start,
        @Required @Range(min = 1, max = 366) Integer days,
        @Range(min = 0) Integer raiseTo,
        @Range(min = 0, max = 2) Double intensity,
        String detail,
        Boolean enabled) {

    public PeriodSpec {
        actors = list(actors);
        intensity = or(intensity, 1.0);
        detail = or(detail, "");
        enabled = or(enabled, true);
    }
}
