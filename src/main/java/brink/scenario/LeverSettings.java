package brink.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The levers a student has moved, by the ids the scenario declares them with ({@code levers:}), each with its value as
 * written ({@code 1.5}, {@code false}); levers left where the scenario has them are not listed. They are not a second
 * way of computing: they are {@code --set} settings of the levers, loaded through the same door as every file, and
 * saved they become an ordinary scenario file that {@code extends} the one they were set on.
 */
public record LeverSettings(Map<String, String> values) {
    public static final LeverSettings NEUTRAL = new LeverSettings(Map.of());

    public LeverSettings {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public boolean isNeutral() {
        return values.isEmpty();
    }

    /** The levers as settings ({@code --set LEVER=VALUE}). */
    public List<Setting> settings() {
        List<Setting> out = new ArrayList<>();
        values.forEach((id, v) -> out.add(new Setting(id, v, "lever")));
        return out;
    }

    /** "us-commitment x1.5, exercises off"; "" when neutral. */
    public String describe(ScenarioSpec s) {
        List<String> parts = new ArrayList<>();
        values.forEach((id, v) -> {
            LeverSpec l = s.levers().get(id);
            if (l == null) {
                parts.add(id + " " + v);
            } else if (l.kind() == LeverSpec.Kind.SWITCH) {
                parts.add(id + (v.equals("false") ? " off" : " on"));
            } else {
                parts.add(id + (l.kind() == LeverSpec.Kind.SCALE ? " x" : " = ") + v);
            }
        });
        return String.join(", ", parts);
    }

    /** The scenario the levers make of {@code base}: base itself when neutral, else loaded with the lever settings. */
    public Scenario applyTo(Scenario base) throws ScenarioException {
        if (isNeutral()) {
            return base;
        }
        List<Setting> all = new ArrayList<>();
        base.settings().forEach(t -> all.add(Setting.parse(t)));
        all.addAll(settings());
        Scenario s = ScenarioLoader.load(base.file(), true, all);
        return new Scenario(base.name() + "-levers", s.file(), s.sha256(), s.resolvedJson(), s.spec(), s.where(), s.settings());
    }

    /** The scenario file these levers make of {@code base}, extending {@code extendsPath} (as written in the file). */
    public String overlay(Scenario base, String extendsPath) throws ScenarioException {
        Scenario changed = applyTo(base);
        List<String> fields = new ArrayList<>();
        values.keySet().forEach(id -> {
            LeverSpec l = base.spec().levers().get(id);
            if (l != null) {
                fields.addAll(l.paths());
            }
        });
        String what = describe(base.spec());
        return Overlay.write(changed, fields, extendsPath, isNeutral() ? null : base.spec().info().title() + " - levers: " + what,
                null, List.of(base.name() + " with levers set in the Brink GUI" + (isNeutral() ? " (all neutral)" : ": " + what),
                        "brink run on this file gives the GUI's run with the same seed."));
    }
}
