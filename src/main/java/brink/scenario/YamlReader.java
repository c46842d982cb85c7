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
            JsonLocation at = e.getLocation();
            Location where = at == null ? new Location(fileName, 0, 0)
                    : new Location(fileName, at.getLineNr(), at.getColumnNr());
            problems.add(new Problem(where, "", "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""),
                    "see scenarios/README.md for the format"));
            return null;
        }
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
