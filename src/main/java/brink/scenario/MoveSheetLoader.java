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

/** Reads a wargame move sheet: the scenario files' parser and shape check, so problems come with file, line and field. */
public final class MoveSheetLoader {
    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private MoveSheetLoader() {
    }

    /** A sheet and where each of its fields was written (for the game's own checks). */
    public record Loaded(MoveSheetSpec sheet, Map<String, Location> where, String shown) {
        /** Where a field (or the nearest enclosing one) was written. */
        public Location at(String path) {
            String p = path;
            while (!p.isEmpty()) {
                Location l = where.get(p);
                if (l != null) {
                    return l;
                }
                int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
                p = cut < 0 ? "" : p.substring(0, cut);
            }
            return new Location(shown, 0, 0);
        }
    }

    public static Loaded load(Path file, String shown) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        Node root;
        try {
            root = YamlReader.read(file, shown, problems);
        } catch (IOException e) {
            problems.add(new Problem(new Location(shown, 0, 0), "", "cannot be read: " + e.getMessage(), "the move sheet Brink wrote"));
            throw new ScenarioException(problems);
        }
        if (root == null || !problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        new Shape(problems).check(root, MoveSheetSpec.class, "", null);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        try {
            return new Loaded(MAPPER.treeToValue(Trees.toJson(root), MoveSheetSpec.class), Trees.index(root), shown);
        } catch (IOException e) {
            throw new IllegalStateException("a move sheet passed the shape check but could not be bound: " + e.getMessage(), e);
        }
    }
}
