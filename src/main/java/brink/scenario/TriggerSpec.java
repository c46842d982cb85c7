package brink.scenario;

import static brink.scenario.Defaults.list;
import static brink.scenario.Defaults.or;

import java.time.LocalDate;
import java.util.List;

/** Actions taken when a condition on the model's state first holds (or each time, if not {@code once}). */
public record TriggerSpec(
        @Required Condition when,
        @Required List<ActionSpec> then,
        Boolean once,
        String detail,
        Boolean enabled) {

    public TriggerSpec {
        then = list(then);
        once = or(once, true);
        detail = or(detail, "");
        enabled = or(enabled, true);
    }

    /** Every given part must hold: the rung at least, a balance below/above a value, a date passed. */
    public record Condition(
            @Range(min = 0) Integer rungAtLeast,
            String balance,
            @Range(min = 0) Double below,
            @Range(min = 0) Double above,
            LocalDate after) {
    }
}
