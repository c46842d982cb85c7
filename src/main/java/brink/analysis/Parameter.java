package brink.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A scenario field varied by a design: its dotted path (as {@code --set} takes it) and where its values come from, a
 * range [low, high] sampled uniformly or log-uniformly, or a list of discrete levels. Designs work in the unit cube;
 * {@link #value(double)} maps a coordinate in [0, 1] to the field's value.
 */
public record Parameter(String path, double low, double high, Scale scale, List<Double> levels, boolean whole) implements java.io.Serializable {
    public enum Scale { UNIFORM, LOG_UNIFORM, LEVELS }

    public Parameter {
        levels = List.copyOf(levels);
        if (scale == Scale.LEVELS) {
            if (levels.isEmpty()) {
                throw new IllegalArgumentException(path + ": no levels");
            }
        } else if (!(Double.isFinite(low) && Double.isFinite(high) && low < high)) {
            throw new IllegalArgumentException(path + ": the range must be LOW:HIGH with LOW < HIGH, got " + low + ":" + high);
        } else if (scale == Scale.LOG_UNIFORM && low <= 0) {
            throw new IllegalArgumentException(path + ": a log-uniform range must be above 0, got " + low + ":" + high);
        }
    }

    public Parameter(String path, double low, double high, Scale scale, List<Double> levels) {
        this(path, low, high, scale, levels, false);
    }

    public static Parameter uniform(String path, double low, double high) {
        return new Parameter(path, low, high, Scale.UNIFORM, List.of());
    }

    /** The same range over whole numbers only (a field the format takes as a whole number): values are rounded. */
    public Parameter wholeNumbers() {
        return new Parameter(path, low, high, scale, levels, true);
    }

    /**
     * Reads {@code PATH=LOW:HIGH} (uniform), {@code PATH=LOW:HIGH:log} (log-uniform) or {@code PATH=A,B,C} (levels); a
     * malformed argument is an {@link IllegalArgumentException} whose message names it.
     */
    public static Parameter parse(String argument) {
        int eq = argument.indexOf('=');
        if (eq <= 0 || eq == argument.length() - 1) {
            throw new IllegalArgumentException("--vary " + argument + ": expected PATH=LOW:HIGH, PATH=LOW:HIGH:log or PATH=A,B,C");
        }
        String path = argument.substring(0, eq).trim();
        String range = argument.substring(eq + 1).trim();
        try {
            if (range.contains(",")) {
                List<Double> levels = new ArrayList<>();
                for (String s : range.split(",")) {
                    levels.add(number(s));
                }
                return new Parameter(path, Double.NaN, Double.NaN, Scale.LEVELS, levels);
            }
            String[] parts = range.split(":");
            if (parts.length == 2 || parts.length == 3 && parts[2].trim().equalsIgnoreCase("log")) {
                return new Parameter(path, number(parts[0]), number(parts[1]),
                        parts.length == 3 ? Scale.LOG_UNIFORM : Scale.UNIFORM, List.of());
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--vary " + argument + ": " + e.getMessage());
        }
        throw new IllegalArgumentException("--vary " + argument + ": expected PATH=LOW:HIGH, PATH=LOW:HIGH:log or PATH=A,B,C");
    }

    private static double number(String s) {
        double v;
        try {
            v = Double.parseDouble(s.trim());
            if (Double.isNaN(v)) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s.trim() + "' is not a number");
        }
        if (!Double.isFinite(v) || Math.abs(v) > 1e12) {
            // a number, but beyond what a scenario field takes (sums and products would overflow)
            throw new IllegalArgumentException("'" + s.trim() + "' is too large: a field takes numbers up to 1e12 in size");
        }
        return v;
    }

    /** The field's value at coordinate {@code u} in [0, 1]. */
    public double value(double u) {
        double v = unrounded(u);
        return whole ? Math.rint(v) : v;
    }

    private double unrounded(double u) {
        double x = Math.min(1, Math.max(0, u));
        return switch (scale) {
            case UNIFORM -> low + x * (high - low);
            case LOG_UNIFORM -> Math.exp(Math.log(low) + x * (Math.log(high) - Math.log(low)));
            case LEVELS -> levels.get(Math.min(levels.size() - 1, (int) Math.floor(x * levels.size())));
        };
    }

    /** How the range is written back (manifests, reports). */
    public String range() {
        return switch (scale) {
            case UNIFORM -> fmt(low) + ":" + fmt(high);
            case LOG_UNIFORM -> fmt(low) + ":" + fmt(high) + ":log";
            case LEVELS -> String.join(",", levels.stream().map(Parameter::fmt).toList());
        };
    }

    /** A value as a --set value: no trailing zeros, never an exponent a reader could misread. */
    public static String fmt(double v) {
        return brink.scenario.Setting.number(v);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s=%s%s", path, range(), whole ? " (whole numbers)" : "");
    }
}
