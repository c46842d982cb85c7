package brink.scenario;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies {@link Setting}s to a scenario's resolved tree: each replaces (or adds) the node at its path. The path is
 * walked beside the format's records, so a section or field the format has is added even where the file has none yet
 * (a first {@code actions:} entry in a scenario without actions), while a missing entry of a keyed collection next to
 * one of a similar name is a typo ({@code events.tset.rate}).
 */
final class Settings {
    private Settings() {
    }

    static Node apply(Node root, List<Setting> settings, List<Problem> problems) {
        return apply(root, ScenarioSpec.class, settings, problems);
    }

    static Node apply(Node root, Type rootType, List<Setting> settings, List<Problem> problems) {
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
                        out = replace(out, rootType, field.steps(), 0, relocate(v, s.origin()), field, problems);
                    }
                }
                continue;
            }
            out = replace(out, rootType, s.steps(), 0, relocate(value, s.origin()), s, problems);
        }
        return out;
    }

    /**
     * @param type the format's type at this node (a record, a Map or List of one, or a scalar class); null where the
     *             format says nothing more (the checks after the settings judge what is added there)
     */
    private static Node replace(Node node, Type type, List<Object> steps, int i, Node value, Setting s, List<Problem> problems) {
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
            Type child = null;
            if (type instanceof Class<?> c && c.isRecord()) {
                Map<String, Type> fields = new LinkedHashMap<>();
                for (RecordComponent rc : c.getRecordComponents()) {
                    fields.put(Shape.jsonName(rc), rc.getGenericType());
                }
                if (!fields.containsKey(key)) {
                    String near = Suggestion.closest(key, fields.keySet());
                    problems.add(new Problem(s.origin(), where(steps, i + 1), "unknown key" + (near != null ? ", did you mean '"
                            + near + "'?" : ""), "allowed here: " + String.join(", ", fields.keySet())));
                    return node;
                }
                child = fields.get(key); // a field of the format: added if the file has none yet
            } else {
                if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
                    child = p.getActualTypeArguments()[1];
                }
                String near = old == null && i + 1 < steps.size() ? Suggestion.closest(key, entries.keySet()) : null;
                if (near != null) {
                    // a missing entry of a keyed collection on the way to a field, next to one of a similar name: a typo
                    // (events.tset.rate); without one it is an entry being added, and the checks judge it whole
                    problems.add(new Problem(s.origin(), where(steps, i + 1), "there is no '" + key + "' here, did you mean '"
                            + near + "'?", "one of " + String.join(", ", entries.keySet())));
                    return node;
                }
            }
            Node replaced = replace(old == null ? null : old.value(), child, steps, i + 1, value, s, problems);
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
        Type item = type instanceof ParameterizedType p && p.getRawType() == List.class ? p.getActualTypeArguments()[0] : null;
        items.set(index, replace(items.get(index), item, steps, i + 1, value, s, problems));
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
