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
                m.entries().forEach((k, e) -> check(e.value(), inner, join(path, k), null));
            } else {
                if (!(node instanceof Node.ListNode l)) {
                    problems.add(problem(node, path, "must be a list", "[a, b] or lines starting with '- '"));
                    return;
                }
                for (int i = 0; i < l.items().size(); i++) {
                    check(l.items().get(i), inner, path + "[" + i + "]", null);
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
                String near = closest(e.getKey(), fields.keySet());
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
            String near = node instanceof Node.Scalar s && s.text() != null ? closest(s.text(), allowed) : null;
            problems.add(problem(node, path, "'" + text + "' is not allowed"
                    + (near != null ? ", did you mean '" + near + "'?" : ""), "one of " + String.join(", ", allowed)));
        }
    }

    private void checkScalar(Node node, Class<?> c, String path, Range range) {
        if (!(node instanceof Node.Scalar s)) {
            problems.add(problem(node, path, "must be a single value, not a " + kindOf(node), describe(c, range)));
            return;
        }
        if (c == Double.class || c == Integer.class) {
            boolean ok = c == Double.class ? s.isNumber() : s.kind() == Node.Scalar.Kind.INTEGER;
            if (!ok) {
                problems.add(problem(node, path, "'" + s.text() + "' is not " + (c == Double.class ? "a number" : "a whole number"),
                        describe(c, range)));
                return;
            }
            double v = Double.parseDouble(s.text());
            if (!Double.isFinite(v) || range != null && (v < range.min() || v > range.max())) {
                problems.add(problem(node, path, (v < 0 && range != null && range.min() >= 0 ? "must not be negative, got "
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

    /** The candidate a typo most likely meant, if one is close enough to suggest. */
    static String closest(String typed, Iterable<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(typed.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best != null && bestDistance <= Math.max(2, best.length() / 3) ? best : null;
    }

    /** Levenshtein edit distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static Comparator<Problem> byPlace() {
        return Comparator.comparing((Problem p) -> p.location().file())
                .thenComparingInt(p -> p.location().line())
                .thenComparingInt(p -> p.location().column());
    }
}
