package brink.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves {@code extends:}: a scenario names a parent file and overrides only what differs.
 * Mappings merge key by key, lists and scalars replace the parent's value whole.
 */
final class Inheritance {
    static final String EXTENDS = "extends";

    private final List<Problem> problems;
    private final Deque<Path> chain = new ArrayDeque<>();
    /** The folder every parent must lie in (that of the file loaded), or null: anywhere. */
    private Path tree;
    private final boolean anywhere;

    /** The longest chain of parents extends may name. */
    static final int MAX_DEPTH = 32;

    Inheritance(List<Problem> problems, boolean anywhere) {
        this.problems = problems;
        this.anywhere = anywhere;
    }

    /** Reads {@code file} and everything it extends; null when nothing usable could be read. */
    Node resolve(Path file, String shownName, Location referencedFrom) throws IOException {
        Path real;
        if (!Files.isRegularFile(file)) {
            Location at = referencedFrom != null ? referencedFrom : new Location(shownName, 0, 0);
            problems.add(new Problem(at, referencedFrom != null ? EXTENDS : "",
                    "file not found: " + shownName, "a path to an existing scenario file"));
            return null;
        }
        real = file.toRealPath();
        if (tree == null) {
            tree = real.getParent();
        } else if (!anywhere && !real.startsWith(tree)) {
            problems.add(new Problem(referencedFrom, EXTENDS, shownName + " is outside the folder of the scenario ("
                    + tree + "); extends reads only files in that folder and below",
                    "copy the parent next to the scenario, or give --extends-anywhere to allow it"));
            return null;
        }
        if (chain.contains(real)) {
            StringBuilder cycle = new StringBuilder();
            chain.descendingIterator().forEachRemaining(p -> cycle.append(p.getFileName()).append(" -> "));
            cycle.append(real.getFileName());
            problems.add(new Problem(referencedFrom, EXTENDS, "extends forms a cycle: " + cycle,
                    "a chain of parents that ends"));
            return null;
        }
        if (chain.size() >= MAX_DEPTH) {
            // a chain no class writes, and one that would overflow the stack long before 3,000 files
            problems.add(new Problem(referencedFrom, EXTENDS, "extends chains more than " + MAX_DEPTH + " files",
                    "a scenario that extends a few parents"));
            return null;
        }
        chain.push(real);
        try {
            Node node = YamlReader.read(file, shownName, problems);
            if (node == null) {
                return null;
            }
            if (!(node instanceof Node.MapNode map)) {
                problems.add(new Problem(node.location(), "", "a scenario file must be a mapping of keys to values",
                        "name: value lines at the top level"));
                return null;
            }
            Node.Entry parentEntry = map.entries().get(EXTENDS);
            if (parentEntry == null) {
                return map;
            }
            if (!(parentEntry.value() instanceof Node.Scalar s) || s.kind() != Node.Scalar.Kind.STRING) {
                problems.add(new Problem(parentEntry.value().location(), EXTENDS, "must be a file name",
                        "a path relative to this file, e.g. baseline.yaml"));
                return null;
            }
            Path parentPath;
            String parentShown;
            try {
                parentPath = file.toAbsolutePath().getParent().resolve(s.text()).normalize();
                parentShown = displayName(file, shownName, s.text());
            } catch (java.nio.file.InvalidPathException e) {
                // a NUL or another character no file name can hold
                problems.add(new Problem(s.location(), EXTENDS, "is not a file name this system can open (" + e.getReason() + ")",
                        "a path relative to this file, e.g. baseline.yaml"));
                return null;
            }
            Node parent = resolve(parentPath, parentShown, s.location());
            if (parent == null) {
                return null;
            }
            Map<String, Node.Entry> own = new LinkedHashMap<>(map.entries());
            own.remove(EXTENDS);
            return merge(parent, new Node.MapNode(own, map.location()));
        } finally {
            chain.pop();
        }
    }

    private static String displayName(Path child, String childShown, String relative) {
        Path shownParent = Path.of(childShown).getParent();
        return (shownParent == null ? Path.of(relative) : shownParent.resolve(relative)).normalize().toString();
    }

    /** Child over parent: mappings merge recursively, anything else replaces. */
    static Node merge(Node parent, Node child) {
        if (parent instanceof Node.MapNode pm && child instanceof Node.MapNode cm) {
            Map<String, Node.Entry> merged = new LinkedHashMap<>(pm.entries());
            for (Map.Entry<String, Node.Entry> e : cm.entries().entrySet()) {
                Node.Entry before = merged.get(e.getKey());
                if (before == null) {
                    merged.put(e.getKey(), e.getValue());
                } else {
                    merged.put(e.getKey(), new Node.Entry(e.getValue().keyLocation(),
                            merge(before.value(), e.getValue().value())));
                }
            }
            return new Node.MapNode(merged, cm.location());
        }
        return child;
    }
}
