package brink.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code --set PATH=VALUE}: a scenario field named by its dotted path ({@code events.missile-test.rate},
 * {@code battle.sides[0].strength}) and the value, written as YAML ({@code 14}, {@code false}, {@code [1, 2]}), that
 * replaces what the file (after {@code extends}) says. Applied before the scenario is checked, so a wrong path or value
 * gets the usual message, located at the option.
 */
public record Setting(String path, String value, String option) implements java.io.Serializable {
    /** A {@code --set} override. */
    public Setting(String path, String value) {
        this(path, value, "--set");
    }

    /** Keys in the id alphabet (dates like 03-10 included), each optionally indexed: {@code sides[0]}. */
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_+-]+(\\[\\d{1,4}\\])*(\\.[A-Za-z0-9_+-]+(\\[\\d{1,4}\\])*)*");

    /** The longest field path a setting takes: the format's fields are a few levels deep. */
    static final int MAX_STEPS = 64;
    static final int MAX_PATH = 1000;

    /** Reads {@code PATH=VALUE}; a malformed argument is an {@link IllegalArgumentException} with a message for the user. */
    public static Setting parse(String argument) {
        int eq = argument.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("--set " + argument + ": expected PATH=VALUE, e.g. --set events.missile-test.rate=14");
        }
        String path = argument.substring(0, eq).trim();
        if (path.length() > MAX_PATH || path.chars().filter(c -> c == '.' || c == '[').count() > MAX_STEPS) {
            // before the pattern, whose matching recurses on a long path (a stack overflow on 2,000 keys)
            throw new IllegalArgumentException("--set " + (argument.length() > 80 ? argument.substring(0, 80) + "..." : argument)
                    + ": the path is too long (at most " + MAX_STEPS + " steps and " + MAX_PATH + " characters; a scenario's "
                    + "fields are a few levels deep)");
        }
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("--set " + argument + ": '" + path + "' is not a field path (keys joined by dots, "
                    + "list items as [0], e.g. actors.ROK.budget.reaction or battle.sides[0].strength)");
        }
        return new Setting(path, argument.substring(eq + 1).trim());
    }

    /** The path's steps: keys, and list indexes as Integer. */
    java.util.List<Object> steps() {
        java.util.List<Object> out = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("([A-Za-z0-9_+-]+)|\\[(\\d+)\\]").matcher(path);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : (Object) Integer.valueOf(m.group(2)));
        }
        return out;
    }

    /** A number as a setting's value: no trailing zeros, twelve significant digits, never an exponent. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
    }

    /** How the option was written, which is also where its problems are reported. */
    public String text() {
        return path + "=" + value;
    }

    /** Where its problems are reported: the option as typed ({@code --set PATH=VALUE}, or the sweep's {@code --vary}). */
    Location origin() {
        return new Location(option + " " + text(), 0, 0);
    }
}
