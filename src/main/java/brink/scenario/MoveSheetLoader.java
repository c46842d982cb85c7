package brink.scenario;

import java.nio.file.Path;
import java.util.Map;

/** Reads a wargame move sheet: the scenario files' parser and shape check, so problems come with file, line and field. */
public final class MoveSheetLoader {
    private MoveSheetLoader() {
    }

    /** A sheet and where each of its fields was written (for the game's own checks). */
    public record Loaded(MoveSheetSpec sheet, Map<String, Location> where, String shown) {
        /** Where a field (or the nearest enclosing one) was written. */
        public Location at(String path) {
            return Location.nearest(where, path, shown);
        }
    }

    public static Loaded load(Path file, String shown) throws ScenarioException {
        Documents.Read<MoveSheetSpec> r = Documents.read(file, shown, MoveSheetSpec.class, "the move sheet Brink wrote");
        return new Loaded(r.value(), r.where(), shown);
    }
}
