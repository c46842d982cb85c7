package brink.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A run's files as the charts and the report see them while a run is being written: where to read each file (the new
 * one, if this run writes it) and where to write, inside an {@link OutputFolder}, under a prefix (a compare folder's
 * subfolder per scenario). Charts and reports read recorded files only, never the model.
 */
public record Staging(OutputFolder folder, String prefix) {
    public static Staging of(OutputFolder folder) {
        return new Staging(folder, "");
    }

    public Path read(String name) throws IOException {
        return folder.staged(prefix + name);
    }

    public Path write(String name) throws IOException {
        return folder.file(prefix + name);
    }

    /** The same folder's subfolder {@code name}. */
    public Staging sub(String name) {
        return new Staging(folder, prefix + name + "/");
    }

    /** Where the files are, as a user would name it (for messages and footnotes). */
    public Path dir() {
        return prefix.isEmpty() ? folder.dir() : folder.dir().resolve(prefix);
    }
}
