package brink.scenario;

/** Where a value was written: the file as the user named it, and its line and column (1-based). */
public record Location(String file, int line, int column) implements java.io.Serializable {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }

    /** Where a field (a dotted path such as {@code targets.x.outcome}) was written, or the nearest enclosing one. */
    static Location nearest(java.util.Map<String, Location> where, String path, String file) {
        String p = path;
        Location loc = where.get(p);
        while (loc == null && !p.isEmpty()) {
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
            loc = where.get(p);
        }
        return loc != null ? loc : new Location(file, 0, 0);
    }
}
