package brink.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import sim.util.Properties;

/**
 * Read-only properties for a MASON inspector, listed by name with a function that reads the value now: the
 * inspectors of actors and of the ladder, whose rows depend on the scenario's domains and rungs.
 */
final class Readout extends Properties {
    private static final long serialVersionUID = 1L;

    private record Row(String name, String description, Class<?> type, Supplier<Object> value) {
    }

    private final List<Row> rows = new ArrayList<>();

    /** A number; {@code description} (the tooltip) gives its unit. */
    Readout number(String name, String description, Supplier<Double> value) {
        rows.add(new Row(name, description, Double.TYPE, () -> fourFigures(value.get())));
        return this;
    }

    Readout whole(String name, String description, Supplier<Integer> value) {
        rows.add(new Row(name, description, Integer.TYPE, value::get));
        return this;
    }

    Readout text(String name, String description, Supplier<String> value) {
        rows.add(new Row(name, description, String.class, value::get));
        return this;
    }

    /** Four significant figures: more would be noise to a reader (the model's own values are not rounded). */
    static double fourFigures(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return rows.size();
    }

    @Override
    public Object getValue(int index) {
        return rows.get(index).value().get();
    }

    @Override
    public String getDescription(int index) {
        return rows.get(index).description();
    }

    @Override
    public boolean isReadWrite(int index) {
        return false;
    }

    @Override
    public String getName(int index) {
        return rows.get(index).name();
    }

    @Override
    @SuppressWarnings("rawtypes") // MASON's Properties.getType declares a raw Class
    public Class getType(int index) {
        return rows.get(index).type();
    }

    @Override
    protected Object _setValue(int index, Object value) {
        throw new UnsupportedOperationException("inspectors only show the model; levers are in the Model tab");
    }
}
