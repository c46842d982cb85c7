package brink.scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The door for Brink's other YAML files (experiment files, move sheets): the scenario files' parser and shape check,
 * bound to a record, with where each field was written, so that every later check can name file, line and field.
 */
final class Documents {
    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private Documents() {
    }

    /** A file read and bound, and where its fields were written. */
    record Read<T>(T value, Map<String, Location> where, String shown) {
        Location at(String path) {
            return Location.nearest(where, path, shown);
        }
    }

    /** @param what what the file should be, for the message when it cannot be read ("the move sheet Brink wrote") */
    static <T> Read<T> read(Path file, String shown, Class<T> type, String what) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        Node root;
        try {
            root = YamlReader.read(file, shown, problems);
        } catch (IOException e) {
            problems.add(new Problem(new Location(shown, 0, 0), "", "cannot be read: " + e.getMessage(), what));
            throw new ScenarioException(problems);
        }
        if (root == null || !problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        if (!(root instanceof Node.MapNode)) {
            // a lone value (~, 3, a list) binds to nothing, or to null
            problems.add(new Problem(root.location(), "", "the file holds a single value or list, not 'key: value' lines", what));
            throw new ScenarioException(problems);
        }
        new Shape(problems).check(root, type, "", null);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        try {
            return new Read<>(MAPPER.treeToValue(Trees.toJson(root), type), Trees.index(root), shown);
        } catch (IOException e) {
            // the shape check mirrors the records, so this would be a bug of ours, not the user's
            throw new IllegalStateException(shown + " passed the shape check but could not be bound: " + e.getMessage(), e);
        }
    }
}
