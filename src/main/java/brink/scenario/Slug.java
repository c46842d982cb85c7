package brink.scenario;

import java.util.Locale;

/**
 * The naming rule that turns a name written in a scenario (a rung's "limited clash") into the part of an outcome's
 * name that stands for it ({@code limited_clash}): lower case, every run of other characters one underscore. It
 * belongs to the format, since the validator refuses two rungs whose names would give the same outcome names.
 */
public final class Slug {
    private Slug() {
    }

    public static String of(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return s.replaceAll("^_+|_+$", "");
    }
}
