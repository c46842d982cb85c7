package brink.output;

import brink.model.LoggedEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The event log in plain language: one sentence per event, with actors by name, the ladder's move in rung names
 * and the chain of earlier events that led to it ("because ... after ...").
 */
public final class Narrative {
    /** How many links of a cause chain a line shows before it says "...". */
    static final int CHAIN = 3;

    private final LocalDate start;
    private final Map<String, String> names;
    private final List<String> rungs;
    private final List<String> signals;

    /**
     * {@code names}: actor id to name; {@code rungs}: the ladder's rung names, lowest first; {@code signals}: the
     * signalling track's levels, calmest first.
     */
    public Narrative(LocalDate start, Map<String, String> names, List<String> rungs, List<String> signals) {
        this.signals = List.copyOf(signals);
        this.start = start;
        this.names = Map.copyOf(names);
        this.rungs = List.copyOf(rungs);
    }

    /** The narrative of a world's run: its actors' names, its rungs and signal levels, dated from its start. */
    public static Narrative of(brink.model.World w) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        w.actors().forEach(a -> names.put(a.getId(), a.getName()));
        List<String> rungs = new java.util.ArrayList<>();
        for (int r = 0; r < w.ladder().size(); r++) {
            rungs.add(w.ladder().name(r));
        }
        List<String> signals = new java.util.ArrayList<>();
        for (int r = 0; r < w.signals().size(); r++) {
            signals.add(w.signals().name(r));
        }
        return new Narrative(w.date(0), names, rungs, signals);
    }

    /** The full line: date, what happened, the ladder's move, and why. {@code events}: the log so far. */
    public String line(List<LoggedEvent> events, LoggedEvent e) {
        StringBuilder s = new StringBuilder(160);
        s.append(start.plusDays(e.day())).append("  ").append(what(e));
        String ladder = ladder(e);
        if (!ladder.isEmpty()) {
            s.append(' ').append(ladder);
        }
        String why = because(events, e);
        if (!why.isEmpty()) {
            s.append(' ').append(why);
        }
        return s.toString();
    }

    /** "North Korea: missile test aimed at South Korea (5 missiles)." */
    public String what(LoggedEvent e) {
        if (e.actor().isEmpty()) {
            return capitalized(e.detail()) + ".";
        }
        StringBuilder s = new StringBuilder(who(e.actor())).append(": ").append(e.type());
        if (!e.target().isEmpty()) {
            s.append(" aimed at ").append(who(e.target()));
        }
        if (!e.detail().isEmpty()) {
            s.append(" (").append(e.detail()).append(')');
        }
        return s.append('.').toString();
    }

    /**
     * "The ladder climbs from rhetoric to weapons tests." and/or "Threats rise to nuclear-use threats.", or "" if
     * neither moved.
     */
    public String ladder(LoggedEvent e) {
        if (e.actor().isEmpty()) {
            return ""; // a de-escalation's own text already says where the ladder went
        }
        StringBuilder s = new StringBuilder();
        if (e.rungAfter() != e.rungBefore()) {
            s.append("The ladder ").append(e.rungAfter() > e.rungBefore() ? "climbs" : "falls").append(" from ")
                    .append(rung(e.rungBefore())).append(" to ").append(rung(e.rungAfter())).append('.');
        }
        if (e.signalAfter() > e.signalBefore() && e.signalAfter() < signals.size()) {
            s.append(s.length() == 0 ? "" : " ").append("The signalling track rises to ").append(signals.get(e.signalAfter()))
                    .append(" (a statement, not a rung of the ladder).");
        }
        return s.toString();
    }

    /** "Because of a show of force by the United States on 2025-02-11, after a missile test by ..." or "". */
    public String because(List<LoggedEvent> events, LoggedEvent e) {
        List<String> chain = new ArrayList<>();
        LoggedEvent c = e;
        while (c.cause() >= 0 && c.cause() < events.size()) {
            if (chain.size() == CHAIN) {
                chain.add("...");
                break;
            }
            c = events.get(c.cause());
            chain.add("the " + c.type() + (c.actor().isEmpty() ? "" : " by " + who(c.actor())) + " on " + start.plusDays(c.day()));
        }
        if (chain.isEmpty()) {
            return "";
        }
        return "Because of " + String.join(", after ", chain) + ".";
    }

    /** "North Korea", or "United States and South Korea" for the joint actor "US+ROK". */
    public String who(String ids) {
        String[] parts = ids.split("\\+");
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            out.add(names.getOrDefault(p, p));
        }
        if (out.size() == 1) {
            return out.get(0);
        }
        return String.join(", ", out.subList(0, out.size() - 1)) + " and " + out.get(out.size() - 1);
    }

    /** The rung's name ("shows of force and exercises"). */
    public String rungName(int r) {
        return rung(r);
    }

    private String rung(int r) {
        return r >= 0 && r < rungs.size() ? rungs.get(r) : "rung " + r;
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
