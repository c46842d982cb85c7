package brink.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value together with where it was written, so that every later check can name file, line and column. */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.Scalar {

    Location location();

    /** A mapping; keys keep their own locations (for "unknown key" messages). */
    record MapNode(Map<String, Entry> entries, Location location) implements Node {
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public Node get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }
    }

    record Entry(Location keyLocation, Node value) {
    }

    record ListNode(List<Node> items, Location location) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }
    }

    /** A scalar as YAML wrote it; {@code kind} tells number, string, boolean or null apart. */
    record Scalar(String text, Kind kind, Location location) implements Node {
        public enum Kind { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

        public boolean isNumber() {
            return kind == Kind.INTEGER || kind == Kind.FLOAT;
        }
    }
}
