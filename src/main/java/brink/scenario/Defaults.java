package brink.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fills the defaults of scenario records: a field left out of a file takes the documented default. */
final class Defaults {
    private Defaults() {
    }

    static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    static <K, V> Map<K, V> map(Map<K, V> m) {
        return m == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : List.copyOf(l);
    }
}
