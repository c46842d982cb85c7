package brink.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A scenario file that {@code extends} another and carries only some of its fields, at the values a changed version of
 * it has (the GUI's levers, a calibration's medians): what {@code brink run} on the file reproduces. A field inside a
 * list brings the whole list, since {@code extends} replaces lists.
 */
public final class Overlay {
    private static final YAMLMapper YAML = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();

    private Overlay() {
    }

    /**
     * @param changed the scenario at the new values (loaded from {@code extendsPath}'s file with the settings)
     * @param fields  the dotted paths to carry
     * @param header  comment lines (without '#') at the top
     */
    public static String write(Scenario changed, List<String> fields, String extendsPath, String title, String represents,
                               List<String> header) {
        try {
            JsonNode resolved = new ObjectMapper().readTree(changed.resolvedJson());
            ObjectNode root = new ObjectMapper().createObjectNode();
            root.put("extends", extendsPath);
            if (title != null || represents != null) {
                ObjectNode info = root.putObject("info");
                if (title != null) {
                    info.put("title", title);
                }
                if (represents != null) {
                    info.put("represents", represents);
                }
            }
            for (String f : fields) {
                put(root, resolved, f);
            }
            StringBuilder text = new StringBuilder();
            header.forEach(h -> text.append("# ").append(h).append('\n'));
            return text.append(YAML.writeValueAsString(root)).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the value at {@code path} (or, inside a list, the whole list) from the resolved scenario into the child. */
    private static void put(ObjectNode root, JsonNode resolved, String path) {
        String head = path.contains("[") ? path.substring(0, path.indexOf('[')) : path;
        String[] keys = head.split("\\.");
        ObjectNode at = root;
        JsonNode from = resolved;
        for (int i = 0; i < keys.length - 1; i++) {
            from = from.path(keys[i]);
            at = at.has(keys[i]) && at.get(keys[i]).isObject() ? (ObjectNode) at.get(keys[i]) : at.putObject(keys[i]);
        }
        JsonNode value = from.path(keys[keys.length - 1]);
        if (!value.isMissingNode()) {
            at.set(keys[keys.length - 1], value.deepCopy());
        }
    }
}
