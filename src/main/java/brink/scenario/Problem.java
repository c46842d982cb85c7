package brink.scenario;

/**
 * One thing wrong with a scenario, printed as {@code FILE:LINE:COLUMN: field.path: what is wrong (what is allowed)}.
 */
public record Problem(Location location, String path, String message, String allowed) implements java.io.Serializable {
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(location.toString()).append(": ");
        if (path != null && !path.isEmpty()) {
            s.append(path).append(": ");
        }
        s.append(message);
        if (allowed != null && !allowed.isEmpty()) {
            s.append(" (").append(allowed).append(')');
        }
        return s.toString();
    }
}
