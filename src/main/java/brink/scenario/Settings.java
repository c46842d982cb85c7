package brink.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Applies {@link Setting}s to a scenario's resolved tree: each replaces (or adds) the node at its path. */
final class Settings {
    private Settings() {
    }

    static Node apply(Node root, List<Setting> settings, List<Problem> problems) {
        Node out = root;
        for (Setting s : settings) {
            Node value = YamlReader.readValue(s.value(), s.origin(), problems);
            if (value == null) {
                continue;
            }
            Node.MapNode lever = s.steps().size() == 1 ? Levers.declaration(out, s.path()) : null;
            if (lever != null) {
                // a lever: the fields it moves, each at the value the lever gives it (reported at the lever's option)
                for (Setting field : Levers.expand(out, lever, s, value, problems)) {
                    Node v = YamlReader.readValue(field.value(), s.origin(), problems);
                    if (v != null) {
                        out = replace(out, field.steps(), 0, relocate(v, s.origin()), field, problems);
                    }
                }
                continue;
            }
            out = replace(out, s.steps(), 0, relocate(value, s.origin()), s, problems);
        }
        return out;
    }

    private static Node replace(Node node, List<Object> steps, int i, Node value, Setting s, List<Problem> problems) {
        if (i == steps.size()) {
            return value;
        }
        Object step = steps.get(i);
        String here = where(steps, i);
        if (step instanceof String key) {
            if (node != null && !(node instanceof Node.MapNode)) {
                problems.add(new Problem(s.origin(), here, "is not a mapping, so it has no field '" + key + "'",
                        "a path to a field, e.g. actors.ROK.budget.reaction"));
                return node;
            }
            Map<String, Node.Entry> entries = new LinkedHashMap<>(node == null ? Map.of() : ((Node.MapNode) node).entries());
            Node.Entry old = entries.get(key);
            String near = old == null && i + 1 < steps.size() ? Suggestion.closest(key, entries.keySet()) : null;
            if (near != null) {
                // a missing entry on the way to the field, next to one of a similar name: a typo (events.tset.rate);
                // without one it is an optional section being added (recording.dailyDays) and the checks judge it
                problems.add(new Problem(s.origin(), where(steps, i + 1), "there is no '" + key + "' here, did you mean '"
                        + near + "'?", "one of " + String.join(", ", entries.keySet())));
                return node;
            }
            Node replaced = replace(old == null ? null : old.value(), steps, i + 1, value, s, problems);
            entries.put(key, new Node.Entry(old == null ? s.origin() : old.keyLocation(), replaced));
            return new Node.MapNode(entries, node == null ? s.origin() : node.location());
        }
        int index = (Integer) step;
        if (!(node instanceof Node.ListNode list) || index >= list.items().size()) {
            String size = node instanceof Node.ListNode l ? "has " + l.items().size() + " item(s)" : "is not a list";
            problems.add(new Problem(s.origin(), here, size + ", so there is no item [" + index + "]",
                    "an index from 0 to the list's length - 1"));
            return node;
        }
        List<Node> items = new ArrayList<>(list.items());
        items.set(index, replace(items.get(index), steps, i + 1, value, s, problems));
        return new Node.ListNode(items, list.location());
    }

    /** The path up to and including step i, as problems name fields. */
    private static String where(List<Object> steps, int i) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < i; k++) {
            Object st = steps.get(k);
            b.append(st instanceof Integer n ? "[" + n + "]" : (b.length() == 0 ? "" : ".") + st);
        }
        return b.toString();
    }

    /** The value's nodes, all located at the option (a value typed on the command line has no line). */
    private static Node relocate(Node n, Location at) {
        if (n instanceof Node.MapNode m) {
            Map<String, Node.Entry> entries = new LinkedHashMap<>();
            m.entries().forEach((k, e) -> entries.put(k, new Node.Entry(at, relocate(e.value(), at))));
            return new Node.MapNode(entries, at);
        }
        if (n instanceof Node.ListNode l) {
            return new Node.ListNode(l.items().stream().map(x -> relocate(x, at)).toList(), at);
        }
        Node.Scalar s = (Node.Scalar) n;
        return new Node.Scalar(s.text(), s.kind(), at);
    }
}
