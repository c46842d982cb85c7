package brink.scenario;

/** Where a value was written: the file as the user named it, and its line and column (1-based). */
public record Location(String file, int line, int column) implements java.io.Serializable {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
