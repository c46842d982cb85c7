package brink.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Conversions of a located tree: to Jackson's tree for binding, and to an index of paths to locations. */
final class Trees {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Trees() {
    }

    static JsonNode toJson(Node node) {
        if (node instanceof Node.MapNode m) {
            ObjectNode o = F.objectNode();
            m.entries().forEach((k, e) -> o.set(k, toJson(e.value())));
            return o;
        }
        if (node instanceof Node.ListNode l) {
            ArrayNode a = F.arrayNode();
            l.items().forEach(i -> a.add(toJson(i)));
            return a;
        }
        Node.Scalar s = (Node.Scalar) node;
        return switch (s.kind()) {
            case NULL -> F.nullNode();
            case BOOLEAN -> F.booleanNode(Boolean.parseBoolean(s.text()));
            case INTEGER, FLOAT -> F.numberNode(new BigDecimal(s.text()));
            case STRING -> F.textNode(s.text());
        };
    }

    /** Every path in the tree with the place it was written (a mapping's entry: the line of its key). */
    static Map<String, Location> index(Node root) {
        Map<String, Location> out = new HashMap<>();
        walk(root, "", root.location(), out);
        return out;
    }

    private static void walk(Node node, String path, Location at, Map<String, Location> out) {
        out.put(path, at);
        if (node instanceof Node.MapNode m) {
            m.entries().forEach((k, e) -> walk(e.value(), Shape.join(path, k),
                    e.value() instanceof Node.Scalar || e.value() instanceof Node.ListNode
                            ? e.value().location() : e.keyLocation(), out));
        } else if (node instanceof Node.ListNode l) {
            for (int i = 0; i < l.items().size(); i++) {
                walk(l.items().get(i), path + "[" + i + "]", l.items().get(i).location(), out);
            }
        }
    }
}
