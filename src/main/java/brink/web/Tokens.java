package brink.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The secret links of a seminar room: one per team and one for the white cell, 192 random bits each (SecureRandom,
 * base64url), kept in the game folder ({@value #FILE}, readable by its owner only where the file system allows) so
 * that a restarted server hands out the same links. A request's token is compared with every known one in constant
 * time, so that the time taken does not tell how much of a guess was right.
 */
public final class Tokens {
    public static final String FILE = ".seminar-tokens";
    public static final String WHITE_CELL = "white-cell";
    private final Map<String, String> byRole;

    private Tokens(Map<String, String> byRole) {
        this.byRole = Map.copyOf(byRole);
    }

    /** The game's tokens: read back, or made for every team and the white cell and saved. */
    public static Tokens of(Path game, List<String> teams) throws IOException {
        Path file = game.resolve(FILE);
        Map<String, String> roles = new LinkedHashMap<>();
        if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0 && line.substring(eq + 1).matches("[A-Za-z0-9_-]{32}")) {
                    roles.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        SecureRandom random = new SecureRandom();
        boolean changed = false;
        for (String role : concat(teams)) {
            if (!roles.containsKey(role)) {
                byte[] bytes = new byte[24];
                random.nextBytes(bytes);
                roles.put(role, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
                changed = true;
            }
        }
        if (changed) {
            StringBuilder text = new StringBuilder();
            roles.forEach((r, t) -> text.append(r).append('=').append(t).append('\n'));
            Path temp = Files.createTempFile(game, ".seminar-tokens-", ".tmp");
            try {
                ownerOnly(temp);
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
        return new Tokens(roles);
    }

    private static List<String> concat(List<String> teams) {
        List<String> all = new java.util.ArrayList<>(teams);
        all.add(WHITE_CELL);
        return all;
    }

    private static void ownerOnly(Path f) {
        try {
            Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            // a file system without POSIX permissions: the folder's own protection is what there is
        }
    }

    /** The role (a team's id, or {@value #WHITE_CELL}) whose token this is; empty for any other string. */
    public Optional<String> role(String token) {
        byte[] given = token.getBytes(StandardCharsets.UTF_8);
        String found = null;
        for (Map.Entry<String, String> e : byRole.entrySet()) {
            // every token is compared, in constant time, whatever matched before
            if (MessageDigest.isEqual(given, e.getValue().getBytes(StandardCharsets.UTF_8))) {
                found = e.getKey();
            }
        }
        return Optional.ofNullable(found);
    }

    public String token(String role) {
        return byRole.get(role);
    }
}
