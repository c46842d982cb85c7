package brink.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one YAML file into a {@link Node} tree that remembers every value's line and column. */
final class YamlReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final String fileName;
    private final List<Problem> problems;

    private YamlReader(String fileName, List<Problem> problems) {
        this.fileName = fileName;
        this.problems = problems;
    }

    /**
     * Parses {@code file}; syntax errors and duplicate keys are added to {@code problems}.
     *
     * @return the root node, or null when the file cannot be parsed at all
     */
    static Node read(Path file, String fileName, List<Problem> problems) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonParser parser = FACTORY.createParser(in)) {
            YamlReader reader = new YamlReader(fileName, problems);
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new Problem(new Location(fileName, 1, 1), "", "the file is empty", "a YAML mapping"));
                return null;
            }
            return reader.value(parser);
        } catch (JsonProcessingException e) {
            problems.add(syntaxProblem(fileName, e));
            return null;
        }
    }

    /**
     * A syntax error where the parser found it (SnakeYAML's problem mark, not the start of the construct it was
     * reading, which is often the line above), in words a student understands for the usual slips.
     */
    static Problem syntaxProblem(String fileName, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        Location where = at == null ? new Location(fileName, 0, 0) : new Location(fileName, at.getLineNr(), at.getColumnNr());
        String problem = e.getOriginalMessage().lines().findFirst().orElse("");
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
            where = new Location(fileName, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1);
            problem = m.getProblem() == null ? problem : m.getProblem();
        }
        String message;
        String hint;
        if (problem.contains("\\t") || problem.contains("\t") || problem.contains("TAB")) {
            message = "a tab character: YAML indents with spaces only";
            hint = "replace the tab with spaces";
        } else if (problem.contains("could not find expected ':'")) {
            // the key that lacks its colon is where SnakeYAML began reading it (its context mark)
            if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getContextMark() != null) {
                where = new Location(fileName, m.getContextMark().getLine() + 1, m.getContextMark().getColumn() + 1);
            }
            message = "a key without its ':' (every line of a mapping is 'key: value')";
            hint = "write key: value, with a space after the colon";
        } else if (problem.contains("mapping values are not allowed")) {
            message = "a ':' where YAML did not expect one (check the indentation, or quote text that contains ': ')";
            hint = "key: value, or key: \"text: with a colon\"";
        } else {
            message = "not valid YAML: " + problem;
            hint = "see scenarios/README.md for the format";
        }
        return new Problem(where, "", message, hint);
    }

    private Location here(JsonParser p) {
        JsonLocation l = p.currentTokenLocation();
        return new Location(fileName, l.getLineNr(), l.getColumnNr());
    }

    private Node value(JsonParser p) throws IOException {
        Location at = here(p);
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Node.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyAt = here(p);
                    p.nextToken();
                    Node v = value(p);
                    if (entries.containsKey(key)) {
                        problems.add(new Problem(keyAt, key, "this key is written twice in the same mapping",
                                "write each key once; the first is at line " + entries.get(key).keyLocation().line()));
                    } else {
                        entries.put(key, new Node.Entry(keyAt, v));
                    }
                }
                return new Node.MapNode(entries, at);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p));
                }
                return new Node.ListNode(items, at);
            }
            case VALUE_NUMBER_INT:
                return new Node.Scalar(p.getText(), Node.Scalar.Kind.INTEGER, at);
            case VALUE_NUMBER_FLOAT:
                return new Node.Scalar(p.getText(), Node.Scalar.Kind.FLOAT, at);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node.Scalar(p.getText(), Node.Scalar.Kind.BOOLEAN, at);
            case VALUE_NULL:
                return new Node.Scalar(null, Node.Scalar.Kind.NULL, at);
            default:
                return new Node.Scalar(p.getText(), Node.Scalar.Kind.STRING, at);
        }
    }
}
