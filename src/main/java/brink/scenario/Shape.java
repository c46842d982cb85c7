package brink.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a {@link Node} tree against the scenario records before anything is bound: unknown keys (with a
 * "did you mean"), missing required fields, wrong kinds of value and numbers out of range, each reported
 * at its own line. The records are the schema; nothing here names a field of the format.
 */
final class Shape {
    /**
     * Ids (every key of a keyed collection: actors, events, balances, ...) become file names, CSV columns and outcome
     * names, so they are kept to a safe alphabet.
     */
    static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_+-]{0,63}");
    static final String ID_RULE = "an id starts with a letter or digit and has at most 64 letters, digits, '_', '+' and '-'";
    /** The largest number a field without its own maximum takes: beyond it sums and products overflow. */
    static final double MAX_MAGNITUDE = 1e12;
    private static final java.math.BigDecimal LIMIT = new java.math.BigDecimal("1e12");

    private final List<Problem> problems;

    Shape(List<Problem> problems) {
        this.problems = problems;
    }

    void check(Node node, Type type, String path, Range range) {
        if (node instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.NULL) {
            return; // null means "the default", as if the key were left out
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type inner = p.getActualTypeArguments()[raw == Map.class ? 1 : 0];
            if (raw == Map.class) {
                if (!(node instanceof Node.MapNode m)) {
                    problems.add(problem(node, path, "must be a mapping of names to values", "name: value lines"));
                    return;
                }
                m.entries().forEach((k, e) -> {
                    String at = join(path, k);
                    if (!ID.matcher(k).matches()) {
                        problems.add(new Problem(e.keyLocation(), at, "'" + k + "' cannot be an id", ID_RULE));
                    } else if (isNull(e.value())) {
                        problems.add(new Problem(e.keyLocation(), at, "is empty", "give its value, or remove the line"));
                    } else {
                        check(e.value(), inner, at, null);
                    }
                });
            } else {
                if (!(node instanceof Node.ListNode l)) {
                    problems.add(problem(node, path, "must be a list", "[a, b] or lines starting with '- '"));
                    return;
                }
                for (int i = 0; i < l.items().size(); i++) {
                    Node item = l.items().get(i);
                    if (isNull(item)) {
                        problems.add(problem(item, path + "[" + i + "]", "is an empty item", "give its value, or remove it"));
                    } else {
                        check(item, inner, path + "[" + i + "]", null);
                    }
                }
            }
            return;
        }
        Class<?> c = (Class<?>) type;
        if (c.isRecord()) {
            checkRecord(node, c, path);
        } else if (c.isEnum()) {
            checkEnum(node, c, path);
        } else {
            checkScalar(node, c, path, range);
        }
    }

    private void checkRecord(Node node, Class<?> c, String path) {
        if (!(node instanceof Node.MapNode m)) {
            problems.add(problem(node, path, "must be a mapping", "the fields " + String.join(", ", fieldNames(c))));
            return;
        }
        Map<String, RecordComponent> fields = new LinkedHashMap<>();
        for (RecordComponent rc : c.getRecordComponents()) {
            fields.put(jsonName(rc), rc);
        }
        for (Map.Entry<String, Node.Entry> e : m.entries().entrySet()) {
            RecordComponent rc = fields.get(e.getKey());
            if (rc == null) {
                String near = Suggestion.closest(e.getKey(), fields.keySet());
                problems.add(new Problem(e.getValue().keyLocation(), join(path, e.getKey()), "unknown key"
                        + (near != null ? ", did you mean '" + near + "'?" : ""),
                        "allowed here: " + String.join(", ", fields.keySet())));
                continue;
            }
            check(e.getValue().value(), rc.getGenericType(), join(path, e.getKey()), rc.getAnnotation(Range.class));
        }
        for (Map.Entry<String, RecordComponent> f : fields.entrySet()) {
            if (f.getValue().isAnnotationPresent(Required.class)) {
                Node v = m.get(f.getKey());
                if (v == null || v instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.NULL) {
                    problems.add(new Problem(m.location(), join(path, f.getKey()), "is required but missing",
                            "add '" + f.getKey() + ":' here"));
                }
            }
        }
    }

    private void checkEnum(Node node, Class<?> c, String path) {
        List<String> allowed = enumNames(c);
        if (!(node instanceof Node.Scalar s) || !allowed.contains(s.text())) {
            String text = node instanceof Node.Scalar s ? s.text() : "a " + kindOf(node);
            String near = node instanceof Node.Scalar s && s.text() != null ? Suggestion.closest(s.text(), allowed) : null;
            problems.add(problem(node, path, "'" + text + "' is not allowed"
                    + (near != null ? ", did you mean '" + near + "'?" : ""), "one of " + String.join(", ", allowed)));
        }
    }

    private static boolean isNull(Node n) {
        return n instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.NULL;
    }

    private void checkScalar(Node node, Class<?> c, String path, Range range) {
        if (!(node instanceof Node.Scalar s)) {
            problems.add(problem(node, path, "must be a single value, not a " + kindOf(node), describe(c, range)));
            return;
        }
        if (c == Double.class || c == Integer.class) {
            boolean ok = c == Double.class ? s.isNumber() : s.kind() == Node.Scalar.Kind.INTEGER;
            if (!ok) {
                boolean numberLike = s.kind() == Node.Scalar.Kind.STRING && s.text() != null
                        && s.text().matches("[-+]?[0-9.].*");
                problems.add(problem(node, path, "'" + s.text() + "' is not " + (numberLike ? "a plain decimal number (Brink "
                        + "does not read 0x, 0o, 0b, '_', .inf or .nan)" : c == Double.class ? "a number" : "a whole number"),
                        describe(c, range)));
                return;
            }
            java.math.BigDecimal v = new java.math.BigDecimal(s.text());
            double min = range == null ? -MAX_MAGNITUDE : Math.max(range.min(), -MAX_MAGNITUDE);
            double max = range == null ? MAX_MAGNITUDE : Math.min(range.max(), c == Integer.class ? Integer.MAX_VALUE : MAX_MAGNITUDE);
            if (v.abs().compareTo(LIMIT) > 0 && (range == null || range.max() > MAX_MAGNITUDE)) {
                problems.add(problem(node, path, "too large: " + s.text(), "numbers in a scenario file are at most "
                        + fmt(MAX_MAGNITUDE) + " in size"));
            } else if (v.doubleValue() < min || v.doubleValue() > max) {
                problems.add(problem(node, path, (v.signum() < 0 && min >= 0 ? "must not be negative, got "
                        : "out of range: ") + s.text(), describe(c, range)));
            }
        } else if (c == Boolean.class) {
            if (s.kind() != Node.Scalar.Kind.BOOLEAN) {
                problems.add(problem(node, path, "'" + s.text() + "' is not true or false", "true or false"));
            }
        } else if (c == LocalDate.class) {
            try {
                LocalDate.parse(s.text());
            } catch (DateTimeParseException | NullPointerException e) {
                problems.add(problem(node, path, "'" + s.text() + "' is not a date", "a date written YYYY-MM-DD"));
            }
        }
    }

    private static String describe(Class<?> c, Range r) {
        String what = c == Integer.class ? "a whole number" : c == Double.class ? "a number" : "text";
        if (r == null) {
            return what;
        }
        boolean lo = r.min() != Double.NEGATIVE_INFINITY;
        boolean hi = r.max() != Double.POSITIVE_INFINITY;
        if (lo && hi) {
            return what + " from " + fmt(r.min()) + " to " + fmt(r.max());
        }
        return lo ? what + " of at least " + fmt(r.min()) : hi ? what + " of at most " + fmt(r.max()) : what;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static Problem problem(Node node, String path, String message, String allowed) {
        return new Problem(node.location(), path, message, allowed);
    }

    private static String kindOf(Node n) {
        return n instanceof Node.MapNode ? "mapping" : n instanceof Node.ListNode ? "list" : "value";
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String jsonName(RecordComponent rc) {
        JsonProperty p = rc.getAccessor().getAnnotation(JsonProperty.class);
        if (p == null) {
            try {
                p = rc.getDeclaringRecord().getDeclaredField(rc.getName()).getAnnotation(JsonProperty.class);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
        return p != null && !p.value().isEmpty() ? p.value() : rc.getName();
    }

    static List<String> fieldNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(Shape::jsonName).toList();
    }

    static List<String> enumNames(Class<?> e) {
        List<String> names = new ArrayList<>();
        for (Object constant : e.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            try {
                Field f = e.getField(name);
                JsonProperty p = f.getAnnotation(JsonProperty.class);
                names.add(p != null ? p.value() : name);
            } catch (NoSuchFieldException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return names;
    }

    static Comparator<Problem> byPlace() {
        return Comparator.comparing((Problem p) -> p.location().file())
                .thenComparingInt(p -> p.location().line())
                .thenComparingInt(p -> p.location().column());
    }
}
