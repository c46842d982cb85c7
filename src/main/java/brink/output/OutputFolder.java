package brink.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An output folder written all or nothing: every file is first written under a temporary name in the folder and
 * moved into place only by {@link #commit()}. A failed or interrupted run calls {@link #abort()} (or dies) and
 * leaves the files of the previous run untouched and no half-written file under a real name.
 */
public final class OutputFolder implements AutoCloseable {
    private static final String TEMP_SUFFIX = ".partial";
    private final Path dir;
    private final Map<Path, Path> pending = new LinkedHashMap<>();
    private boolean committed;

    private OutputFolder(Path dir) {
        this.dir = dir;
    }

    /** Creates the folder if needed and checks it can be written, before any work starts. */
    public static OutputFolder open(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(dir + " exists and is not a folder");
        }
        Files.createDirectories(dir);
        Path probe = Files.createTempFile(dir, ".brink-write-check", TEMP_SUFFIX);
        Files.delete(probe);
        return new OutputFolder(dir);
    }

    public Path dir() {
        return dir;
    }

    /** A temporary file that becomes {@code name} (relative to the folder) on commit. */
    public Path file(String name) throws IOException {
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + TEMP_SUFFIX);
        pending.put(target, temp);
        return temp;
    }

    /** Moves every written file into place. */
    public List<Path> commit() throws IOException {
        List<Path> done = new ArrayList<>();
        for (Map.Entry<Path, Path> e : pending.entrySet()) {
            try {
                Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException ex) {
                Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING);
            }
            done.add(e.getKey());
        }
        committed = true;
        return done;
    }

    /** Deletes the temporary files; the folder keeps whatever it held before this run. */
    public void abort() {
        for (Path temp : pending.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                throw new UncheckedIOException("could not delete the temporary file " + temp, e);
            }
        }
        pending.clear();
    }

    @Override
    public void close() {
        if (!committed) {
            abort();
        }
    }
}
