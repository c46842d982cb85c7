package brink.gui;

import brink.scenario.LeverSettings;
import brink.scenario.LeverSpec;
import brink.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sim.util.Interval;
import sim.util.Propertied;
import sim.util.Properties;

/**
 * The Console's Model tab: the levers the scenario declares ({@code levers:}), then the seed and what the current run
 * uses. MASON builds the panel from {@link #properties()}: a slider for a scale or set lever over its range, a
 * checkbox for a switch, the lever's label as the name and its detail as the tooltip. A scenario of one's own gets
 * its own levers the same way. Changes apply on the next press of Play; "Current run" shows what the run on screen uses.
 */
public final class ModelLevers implements Propertied {
    private final Map<String, LeverSpec> declared;
    /** Each lever's current value: Double for scale and set levers, Boolean for switches. */
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Object> neutral = new LinkedHashMap<>();
    private long seed;
    private volatile String inEffect = "(not started yet)";

    public ModelLevers(Scenario scenario, long seed) {
        this.declared = scenario.spec().levers();
        this.seed = seed;
        declared.forEach((id, l) -> {
            Object v = switch (l.kind()) {
                case SCALE -> 1.0;
                case SWITCH -> scenario.valueAt(l.paths().get(0)).asBoolean(true);
                case SET -> scenario.valueAt(l.paths().get(0)).asDouble(l.range().get(0)); // where the scenario has it
            };
            neutral.put(id, v);
            values.put(id, v);
        });
    }


    /** The levers' ids, in the scenario's order. */
    public List<String> ids() {
        return new ArrayList<>(declared.keySet());
    }

    /** Moves a lever (as a student would): a number for scale and set levers, true/false for a switch. */
    public void set(String id, Object value) {
        LeverSpec l = declared.get(id);
        if (l == null) {
            throw new IllegalArgumentException("no lever " + id + " (levers: " + declared.keySet() + ")");
        }
        if (l.kind() == LeverSpec.Kind.SWITCH) {
            values.put(id, Boolean.valueOf(String.valueOf(value)));
        } else {
            double v = value instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(value));
            List<Double> r = range(l);
            values.put(id, Double.isNaN(v) ? neutral.get(id) : Math.max(r.get(0), Math.min(r.get(1), v)));
        }
    }

    public Object get(String id) {
        return values.get(id);
    }

    private static List<Double> range(LeverSpec l) {
        return l.range().size() == 2 ? l.range() : List.of(0.0, 4.0);
    }

    /** The levers as set now (the next run's): those moved from where the scenario has them. */
    public LeverSettings settings() {
        Map<String, String> moved = new LinkedHashMap<>();
        values.forEach((id, v) -> {
            if (!v.equals(neutral.get(id))) {
                moved.put(id, v instanceof Double d ? brink.analysis.Parameter.fmt(d) : String.valueOf(v));
            }
        });
        return new LeverSettings(moved);
    }

    void inEffect(String described, long runSeed) {
        inEffect = "seed " + runSeed + (described.isEmpty() ? ", no lever moved" : ", " + described);
    }

    public String getInEffect() {
        return inEffect;
    }

    public long getSeed() {
        return seed;
    }

    public void setSeed(long v) {
        seed = v;
    }

    @Override
    public Properties properties() {
        List<String> ids = ids();
        return new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isVolatile() {
                return false;
            }

            @Override
            public int numProperties() {
                return ids.size() + 2;
            }

            @Override
            public Object getValue(int i) {
                return i < ids.size() ? values.get(ids.get(i)) : i == ids.size() ? seed : inEffect;
            }

            @Override
            public boolean isReadWrite(int i) {
                return i <= ids.size();
            }

            @Override
            public String getName(int i) {
                return i < ids.size() ? declared.get(ids.get(i)).label() : i == ids.size() ? "Seed (as brink run --seed)" : "Current run";
            }

            @Override
            public String getDescription(int i) {
                if (i < ids.size()) {
                    LeverSpec l = declared.get(ids.get(i));
                    return "<html>" + EventLogWindow.escape(l.detail()) + "<br>(--set " + ids.get(i) + "=...)</html>";
                }
                return i == ids.size() ? "The run is replication 0 of brink run --seed with this value: same seed and levers, same history."
                        : "The seed and levers of the run on screen; changed levers apply when you press Play again.";
            }

            @Override
            public Object getDomain(int i) {
                if (i < ids.size() && declared.get(ids.get(i)).kind() != LeverSpec.Kind.SWITCH) {
                    List<Double> r = range(declared.get(ids.get(i)));
                    return new Interval(r.get(0), r.get(1));
                }
                return null;
            }

            @Override
            @SuppressWarnings("rawtypes") // MASON's Properties.getType declares a raw Class
            public Class getType(int i) {
                if (i < ids.size()) {
                    return declared.get(ids.get(i)).kind() == LeverSpec.Kind.SWITCH ? Boolean.TYPE : Double.TYPE;
                }
                return i == ids.size() ? Long.TYPE : String.class;
            }

            @Override
            protected Object _setValue(int i, Object value) {
                if (i < ids.size()) {
                    set(ids.get(i), value);
                } else if (i == ids.size()) {
                    seed = value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value));
                }
                return getValue(i);
            }
        };
    }
}
