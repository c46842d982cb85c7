package brink.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The scenario's declared levers on its located tree: a {@code --set} or {@code --vary} of a lever becomes settings of
 * the fields it moves, and every declaration is checked (one kind, a range, fields that exist and are of the kind
 * the lever needs).
 */
final class Levers {
    /** scale levers without a range: 0 (none of it) to 4 times the scenario's values. */
    static final List<Double> DEFAULT_SCALE_RANGE = List.of(0.0, 4.0);

    private Levers() {
    }

    /** The declaration of lever {@code id} in the tree, or null. */
    static Node.MapNode declaration(Node root, String id) {
        if (root instanceof Node.MapNode m && m.get("levers") instanceof Node.MapNode levers
                && levers.get(id) instanceof Node.MapNode lever) {
            return lever;
        }
        return null;
    }

    /** The settings of the fields lever {@code s.path()} moves to {@code value}; problems are located at the option. */
    static List<Setting> expand(Node root, Node.MapNode lever, Setting s, Node value, List<Problem> problems) {
        List<Setting> out = new ArrayList<>();
        String kind = lever.entries().containsKey("scale") ? "scale" : lever.entries().containsKey("set") ? "set" : "switch";
        List<String> paths = strings(lever.get(kind));
        if (kind.equals("switch")) {
            if (!(value instanceof Node.Scalar v) || v.kind() != Node.Scalar.Kind.BOOLEAN) {
                problems.add(new Problem(s.origin(), s.path(), "is a switch lever: true or false", "true or false"));
                return out;
            }
            paths.forEach(p -> out.add(new Setting(p, ((Node.Scalar) value).text(), s.option())));
            return out;
        }
        if (!(value instanceof Node.Scalar v) || !v.isNumber()) {
            problems.add(new Problem(s.origin(), s.path(), "'" + s.value() + "' is not a number", "a number in the lever's range"));
            return out;
        }
        double x = Double.parseDouble(v.text());
        List<Double> range = numbers(lever.get("range"));
        if (range.size() != 2 && kind.equals("scale")) {
            range = DEFAULT_SCALE_RANGE;
        }
        if (range.size() == 2 && (x < range.get(0) || x > range.get(1))) {
            problems.add(new Problem(s.origin(), s.path(), "out of the lever's range: " + s.value(),
                    "a number from " + Setting.number(range.get(0)) + " to " + Setting.number(range.get(1))));
            return out;
        }
        for (String p : paths) {
            if (kind.equals("set")) {
                out.add(new Setting(p, Setting.number(x), s.option()));
            } else if (at(root, new Setting(p, "").steps()) instanceof Node.Scalar old && old.isNumber()) {
                out.add(new Setting(p, Setting.number(Double.parseDouble(old.text()) * x), s.option()));
            }
        }
        return out;
    }

    /** Checks every declared lever against the tree it acts on. */
    static void check(Node root, List<Problem> problems) {
        if (!(root instanceof Node.MapNode m) || !(m.get("levers") instanceof Node.MapNode levers)) {
            return;
        }
        List<String> topLevel = Shape.fieldNames(ScenarioSpec.class);
        levers.entries().forEach((id, e) -> {
            String p = "levers." + id;
            if (!(e.value() instanceof Node.MapNode lever)) {
                return; // the shape check has said so
            }
            if (topLevel.contains(id)) {
                problems.add(new Problem(e.keyLocation(), p, "a lever cannot be called '" + id + "', a key of the scenario",
                        "another id, e.g. " + id + "-lever"));
            }
            List<String> kinds = new ArrayList<>();
            for (String k : List.of("scale", "set", "switch")) {
                if (lever.entries().containsKey(k)) {
                    kinds.add(k);
                }
            }
            if (kinds.size() != 1) {
                problems.add(new Problem(e.keyLocation(), p, kinds.isEmpty() ? "moves no field" : "has " + String.join(" and ", kinds),
                        "exactly one of scale: [paths], set: [paths], switch: [paths]"));
                return;
            }
            String kind = kinds.get(0);
            List<Double> range = numbers(lever.get("range"));
            if (lever.entries().containsKey("range") && (range.size() != 2 || !(range.get(0) < range.get(1)))) {
                problems.add(new Problem(lever.get("range").location(), p + ".range", "must be [low, high] with low < high", "[0, 4]"));
            }
            if (kind.equals("set") && range.size() != 2) {
                problems.add(new Problem(e.keyLocation(), p + ".range", "a set lever needs its range", "range: [low, high]"));
            }
            if (kind.equals("switch") && lever.entries().containsKey("range")) {
                problems.add(new Problem(lever.get("range").location(), p + ".range", "a switch has no range", "remove range:"));
            }
            List<String> paths = strings(lever.get(kind));
            Node.ListNode list = lever.get(kind) instanceof Node.ListNode l ? l : null;
            if (paths.isEmpty()) {
                problems.add(new Problem(lever.get(kind).location(), p + "." + kind, "lists no field: the lever would move nothing",
                        "the paths of the fields it moves, e.g. [actors.US.forces.armor.theatreShare]"));
            }
            for (int i = 0; i < paths.size(); i++) {
                String path = paths.get(i);
                Location where = list != null ? list.items().get(i).location() : lever.location();
                String field = p + "." + kind + "[" + i + "]";
                Setting probe;
                try {
                    probe = Setting.parse(path + "=0");
                } catch (IllegalArgumentException ex) {
                    problems.add(new Problem(where, field, "'" + path + "' is not a field path", "keys joined by dots"));
                    continue;
                }
                Node target = at(root, probe.steps());
                boolean ok = kind.equals("switch")
                        ? target instanceof Node.Scalar b && b.kind() == Node.Scalar.Kind.BOOLEAN
                                || target == null && path.endsWith(".enabled") && at(root, parent(probe.steps())) instanceof Node.MapNode
                        : target instanceof Node.Scalar n && n.isNumber();
                if (!ok) {
                    problems.add(new Problem(where, field, target == null ? "no field " + path + " in this scenario"
                            : path + " is not " + (kind.equals("switch") ? "true or false" : "a number"),
                            kind.equals("switch") ? "a true/false field, e.g. periods.ID.enabled" : "a numeric field of the scenario"));
                }
            }
        });
    }

    private static List<Object> parent(List<Object> steps) {
        return steps.subList(0, steps.size() - 1);
    }

    /** The node at a path of keys and indexes, or null. */
    static Node at(Node root, List<Object> steps) {
        Node n = root;
        for (Object step : steps) {
            if (step instanceof String key && n instanceof Node.MapNode m) {
                n = m.get(key);
            } else if (step instanceof Integer i && n instanceof Node.ListNode l && i < l.items().size()) {
                n = l.items().get(i);
            } else {
                return null;
            }
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    private static List<String> strings(Node n) {
        List<String> out = new ArrayList<>();
        if (n instanceof Node.ListNode l) {
            for (Node item : l.items()) {
                if (item instanceof Node.Scalar s && s.text() != null) {
                    out.add(s.text());
                }
            }
        }
        return out;
    }

    private static List<Double> numbers(Node n) {
        List<Double> out = new ArrayList<>();
        if (n instanceof Node.ListNode l) {
            for (Node item : l.items()) {
                if (item instanceof Node.Scalar s && s.isNumber()) {
                    out.add(Double.parseDouble(s.text()));
                }
            }
        }
        return out;
    }


}
