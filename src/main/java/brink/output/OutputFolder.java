package brink.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An output folder written all or nothing: every file of a run (data, charts, report) is first written under a
 * temporary name and moved into place by one {@link #commit()}, which also removes what the new run replaces without
 * rewriting (old charts after a data-only run). The folder shows the old results or the new ones, never a mix:
 * <ul>
 * <li>a failed or interrupted run ({@link #close()} without commit) deletes its temporary files;</li>
 * <li>a commit that fails half-way (a file that cannot be replaced) puts back what it had replaced;</li>
 * <li>a run killed during its commit (SIGKILL, power off) leaves a journal, {@value #JOURNAL}: the next run into the
 * folder puts the old files back before it starts, and removes any temporary files a killed run left;</li>
 * <li>a second run into a folder in use is refused: the folder's lock ({@value #LOCK}) is held until the first ends
 * (the operating system releases it if the process dies).</li>
 * </ul>
 * Every path written is checked to lie inside the folder; so is an engine's working folder ({@link #scratch()}), which
 * the run removes when it ends.
 */
public final class OutputFolder implements AutoCloseable {
    static final String TEMP_SUFFIX = ".partial";
    static final String BACKUP_SUFFIX = ".brink-old";
    static final String LOCK = ".brink-lock";
    static final String JOURNAL = ".brink-commit";
    /** The journal renamed once every file is in place: from then on the commit is finished, whatever happens. */
    static final String COMMITTED = ".brink-committed";
    /**
     * A test hook: the commit halts the JVM (as SIGKILL would) after this many of its steps; -1, the default, never.
     * Set only by the test that kills a commit at every step (OutputSafetyTest).
     */
    private static final int STOP_AFTER = Integer.getInteger("brink.test.commitStopAfter", -1);
    private int steps;
    static final String SCRATCH = ".brink-scratch-";
    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Map<Path, Path> pending = new LinkedHashMap<>();
    private final Set<Path> removals = new LinkedHashSet<>();
    private boolean committed;
    private Path scratch;

    private OutputFolder(Path dir, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Creates the folder if needed, takes its lock, repairs what a killed run left, and checks it can be written, all
     * before any work starts.
     */
    public static OutputFolder open(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(dir + " exists and is not a folder");
        }
        Files.createDirectories(dir);
        refuseLinks(dir);
        FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                java.nio.file.LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException(dir + " is in use by another brink command; wait for it to finish, or choose another --out");
        }
        OutputFolder folder = new OutputFolder(dir, channel, lock);
        try {
            folder.recover();
            Path probe = Files.createTempFile(dir, ".brink-write-check", TEMP_SUFFIX);
            Files.delete(probe);
        } catch (IOException | RuntimeException e) {
            folder.release();
            throw e;
        }
        return folder;
    }

    public Path dir() {
        return dir;
    }

    /**
     * Refuses a folder that holds a symbolic link or another entry that is neither a file nor a folder (a FIFO, a
     * device), before any work: Brink would write, truncate or replace through it, outside the output folder.
     */
    private static void refuseLinks(Path dir) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                refuseLinksOnce(dir);
                return;
            } catch (java.io.UncheckedIOException e) {
                // a folder removed while it was walked (another command's staging, just committed): walk again
                if (!(e.getCause() instanceof java.nio.file.NoSuchFileException) || attempt >= 3) {
                    throw e.getCause();
                }
            }
        }
    }

    private static void refuseLinksOnce(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            java.util.Iterator<Path> it = all.iterator();
            int seen = 0;
            while (it.hasNext() && seen++ < 200_000) {
                Path p = it.next();
                if (p.equals(dir)) {
                    continue;
                }
                java.nio.file.attribute.BasicFileAttributes attrs;
                try {
                    // read once: an entry checked twice could vanish between the two looks (another writer's temporary file)
                    attrs = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                } catch (java.nio.file.NoSuchFileException gone) {
                    continue; // gone since it was listed: moved into place or deleted
                }
                if (attrs.isSymbolicLink()) {
                    throw new IOException(p + " is a symbolic link: Brink writes only real files and folders inside its output "
                            + "folder, never through a link; remove it, or choose another --out");
                }
                if (!attrs.isDirectory() && !attrs.isRegularFile()) {
                    throw new IOException(p + " is neither a file nor a folder (a pipe or a device?): remove it, or choose another --out");
                }
            }
        }
    }

    /** A temporary file that becomes {@code name} (relative to the folder) on commit; never a path outside the folder. */
    public Path file(String name) throws IOException {
        Path target = inside(name);
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + TEMP_SUFFIX);
        pending.put(target, temp);
        removals.remove(target);
        return temp;
    }

    /** Where to read {@code name} now: the file this run is writing, if it writes one, else the one in place. */
    public Path staged(String name) throws IOException {
        Path target = inside(name);
        return pending.getOrDefault(target, target);
    }

    /**
     * Forgets what this run wrote at {@code name}, or under it if it ends with "/" (the charts of a drawing that failed),
     * deleting the temporary files; what is in place stays (or goes, if marked for removal).
     */
    public void discard(String name) throws IOException {
        Path target = inside(name.endsWith("/") ? name.substring(0, name.length() - 1) : name);
        for (java.util.Iterator<Map.Entry<Path, Path>> it = pending.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Path, Path> e = it.next();
            if (e.getKey().equals(target) || name.endsWith("/") && e.getKey().startsWith(target)) {
                Files.deleteIfExists(e.getValue());
                it.remove();
            }
        }
    }

    /** Removes {@code name} at commit, unless this run writes it (a chart an earlier run drew and this one does not). */
    public void removeOnCommit(String name) throws IOException {
        Path target = inside(name);
        if (!pending.containsKey(target)) {
            removals.add(target);
        }
    }

    /** Removes at commit the files under {@code sub} (relative to the folder) whose names end in one of the suffixes. */
    public void removeOnCommit(String sub, String... suffixes) throws IOException {
        Path folder = inside(sub);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                for (String s : suffixes) {
                    if (n.endsWith(s) && !n.startsWith(".")) {
                        removeOnCommit(dir.relativize(f).toString());
                    }
                }
            }
        }
    }

    /**
     * A folder inside this one for an engine's working files (Spark's block manager and temporary files in its local
     * mode), so that nothing is written outside the output folder; deleted when the run ends, however it ends (a killed
     * run's is deleted by the next run into the folder).
     */
    public Path scratch() throws IOException {
        if (scratch == null) {
            scratch = Files.createDirectories(dir.resolve(SCRATCH + ProcessHandle.current().pid()));
        }
        return scratch;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // what is left is inside the output folder, and the next run into it removes it
        }
    }

    /** {@code name} resolved in the folder, refused if it would land outside it (an id like "../x" cannot get here). */
    public Path inside(String name) throws IOException {
        Path base = dir.toAbsolutePath().normalize();
        Path target = base.resolve(name).normalize();
        if (!target.startsWith(base) || target.equals(base)) {
            throw new IOException("refusing to write " + name + ": it is not a file inside the output folder " + dir);
        }
        // never through a link that appeared since the folder was opened (each step of the way, the entry itself too)
        Path at = base;
        for (Path part : base.relativize(target)) {
            at = at.resolve(part);
            if (Files.isSymbolicLink(at)) {
                throw new IOException("refusing to write " + name + ": " + at + " is a symbolic link (Brink never writes through one)");
            }
        }
        return dir.resolve(name).normalize();
    }

    /**
     * Moves every written file into place and removes what the run replaces, as one step: if any move fails, what was
     * already replaced is put back and the temporary files are deleted.
     */
    public List<Path> commit() throws IOException {
        Path journal = dir.resolve(JOURNAL);
        // one line per path: "+" a file that is there now (it is backed up, then replaced or removed), "-" a new one
        List<String> lines = new ArrayList<>();
        pending.keySet().forEach(t -> lines.add((Files.exists(t) ? "+ " : "- ") + dir.relativize(t)));
        removals.forEach(t -> lines.add((Files.exists(t) ? "+ " : "- ") + dir.relativize(t)));
        Path temp = dir.resolve(JOURNAL + TEMP_SUFFIX);
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            out.write(java.nio.ByteBuffer.wrap((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
            out.force(true); // on disk before the first file moves
        }
        move(temp, journal);
        step();
        List<Path> replaced = new ArrayList<>();
        List<Path> done = new ArrayList<>();
        try {
            for (Map.Entry<Path, Path> e : pending.entrySet()) {
                Path target = e.getKey();
                if (Files.exists(target)) {
                    move(target, backup(target));
                    replaced.add(target);
                    step();
                }
                move(e.getValue(), target);
                done.add(target);
                step();
            }
            for (Path target : removals) {
                if (Files.exists(target)) {
                    move(target, backup(target));
                    replaced.add(target);
                    step();
                }
            }
        } catch (IOException | RuntimeException e) {
            rollBack(done, replaced);
            Files.deleteIfExists(journal);
            throw new IOException("could not move the new files into " + dir + " (" + e.getMessage()
                    + "); the folder holds what it held before", e);
        }
        // every file is in place: the commit is finished from here on (recovery rolls forward)
        Path committedMark = dir.resolve(COMMITTED);
        move(journal, committedMark);
        step();
        for (Path target : replaced) {
            Files.deleteIfExists(backup(target));
            step();
        }
        for (Path target : removals) {
            Path parent = target.getParent();
            try (Stream<Path> left = Files.list(parent)) {
                if (!parent.equals(dir) && left.findAny().isEmpty()) {
                    Files.delete(parent);
                }
            } catch (IOException ignored) {
                // an empty charts/ folder left behind is harmless
            }
        }
        Files.deleteIfExists(committedMark);
        step();
        committed = true;
        pending.clear();
        removals.clear();
        return done;
    }

    private void rollBack(List<Path> done, List<Path> replaced) {
        for (Path target : done) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // put back below what can be; the journal is gone, so say what could not be undone
            }
        }
        for (Path target : replaced) {
            try {
                move(backup(target), target);
            } catch (IOException ignored) {
                // the backup stays next to it, under a name that tells what it is
            }
        }
        abort();
    }

    /** Whether a command killed during its commit left the folder to be made whole (the next open does it). */
    public static boolean needsRecovery(Path dir) {
        return Files.exists(dir.resolve(JOURNAL)) || Files.exists(dir.resolve(COMMITTED));
    }

    /** Counts a step of the commit; the test hook stops the process after the chosen one. */
    private void step() {
        if (++steps == STOP_AFTER) {
            Runtime.getRuntime().halt(137);
        }
    }

    /**
     * What a run killed during its commit left, made whole: a commit that had put every file in place (the journal
     * renamed to {@value #COMMITTED}) is finished (its backups deleted: all new); one that had not is undone (every
     * backup put back, every file that was new removed: all old). Then temporary files are removed at any depth.
     */
    private void recover() throws IOException {
        Path finished = dir.resolve(COMMITTED);
        Path journal = dir.resolve(JOURNAL);
        if (Files.exists(finished)) {
            for (String line : Files.readAllLines(finished, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    Files.deleteIfExists(backup(inside(path(line))));
                }
            }
            Files.delete(finished);
        }
        if (Files.exists(journal)) {
            for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                Path target = inside(path(line));
                if (Files.exists(backup(target))) {
                    move(backup(target), target);
                } else if (line.startsWith("- ")) {
                    Files.deleteIfExists(target); // new in the unfinished commit: the folder goes back to having none
                }
            }
            Files.delete(journal);
        }
        try (Stream<Path> top = Files.list(dir)) {
            for (Path f : top.toList()) {
                if (Files.isDirectory(f) && f.getFileName().toString().startsWith(SCRATCH)) {
                    deleteTree(f);
                }
            }
        }
        // at any depth (a game's turn-NN/run/charts/ is four levels down); no link is followed: open() refused them
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.toList()) {
                String n = f.getFileName().toString();
                if (Files.isRegularFile(f) && n.startsWith(".") && (n.endsWith(TEMP_SUFFIX) || n.endsWith(BACKUP_SUFFIX))) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** A journal line's path (a journal of an earlier version has bare paths). */
    private static String path(String line) {
        return line.startsWith("+ ") || line.startsWith("- ") ? line.substring(2) : line;
    }

    private static Path backup(Path target) {
        return target.resolveSibling("." + target.getFileName() + BACKUP_SUFFIX);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException ex) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes the temporary files; the folder keeps whatever it held before this run. */
    public void abort() {
        for (Path temp : pending.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a temporary file that cannot be deleted is removed by the next run into the folder
            }
        }
        pending.clear();
        removals.clear();
    }

    private void release() {
        try {
            lock.release();
            lockChannel.close();
            // the lock file stays: deleting it after the release would let a command that opened it in between hold a lock
            // on a deleted file while the next one creates and locks a new file (two writers). It is an empty file.
        } catch (IOException ignored) {
            // the lock goes with the process anyway; the lock file is free to take
        }
    }

    @Override
    public void close() {
        if (!committed) {
            abort();
        }
        if (scratch != null) {
            deleteTree(scratch);
        }
        release();
    }
}
