package brink.scenario;

import static brink.scenario.Defaults.list;
import static brink.scenario.Defaults.or;

import java.util.List;

/**
 * A lever a student turns (the GUI's Model tab, {@code --set LEVER=VALUE}, {@code --vary LEVER=LOW:HIGH}): a name for
 * several fields at once. Exactly one of {@code scale} (each field is multiplied by the lever's value; 1 leaves the
 * scenario as it is), {@code set} (each field takes the value) and {@code switch} (true/false, e.g. the
 * {@code enabled} of periods). {@code range} bounds the value of scale and set levers.
 */
public record LeverSpec(
        @Required String label,
        String detail,
        List<String> scale,
        List<String> set,
        @com.fasterxml.jackson.annotation.JsonProperty("switch") List<String> toggle,
        List<Double> range) {

    public LeverSpec {
        detail = or(detail, "");
        scale = list(scale);
        set = list(set);
        toggle = list(toggle);
        range = list(range);
    }

    public enum Kind { SCALE, SET, SWITCH }

    /** Which of the three (the loader has checked there is exactly one). */
    public Kind kind() {
        return !scale.isEmpty() ? Kind.SCALE : !set.isEmpty() ? Kind.SET : Kind.SWITCH;
    }

    /** The fields it moves. */
    public List<String> paths() {
        return switch (kind()) {
            case SCALE -> scale;
            case SET -> set;
            case SWITCH -> toggle;
        };
    }
}
