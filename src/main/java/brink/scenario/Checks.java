package brink.scenario;

import java.util.List;
import java.util.Map;

/** The problems of a check of a scenario, each located at the field it names (or the nearest written one). */
final class Checks {
    private final Map<String, Location> where;
    private final String file;
    private final List<Problem> problems;

    Checks(Map<String, Location> where, String file, List<Problem> problems) {
        this.where = where;
        this.file = file;
        this.problems = problems;
    }

    void require(boolean ok, String path, String message, String allowed) {
        if (!ok) {
            problems.add(at(path, message, allowed));
        }
    }

    Problem at(String path, String message, String allowed) {
        return new Problem(Location.nearest(where, path, file), path, message, allowed);
    }

    void add(Problem p) {
        problems.add(p);
    }

    /** Whether the field was written in the file (rather than left to its default). */
    boolean written(String path) {
        return where.containsKey(path);
    }
}
