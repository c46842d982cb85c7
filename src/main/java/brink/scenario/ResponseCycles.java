package brink.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A scenario's responses as a graph: a cycle of responses without delay would keep a day from ever ending. */
final class ResponseCycles {
    private final ScenarioSpec s;
    private final Checks c;

    ResponseCycles(ScenarioSpec s, Checks c) {
        this.s = s;
        this.c = c;
    }

    /**
     * Responses that follow without delay happen on the same day; a cycle of them (a answers b answers a) would never
     * end the day.
     */
    void check() {
        java.util.Map<String, List<String>> next = new java.util.LinkedHashMap<>();
        s.events().forEach((id, e) -> next.put(id, e.responses().values().stream()
                .filter(r -> r.minDelay() == 0 && r.probability() > 0 && s.events().containsKey(r.event()))
                .map(EventSpec.Response::event).toList()));
        Set<String> done = new HashSet<>();
        for (String start : next.keySet()) {
            List<String> cycle = cycleFrom(start, next, new java.util.ArrayList<>(), done);
            if (cycle != null) {
                String first = cycle.get(0);
                String rid = s.events().get(first).responses().entrySet().stream()
                        .filter(x -> x.getValue().event().equals(cycle.get(1)) && x.getValue().minDelay() == 0)
                        .map(java.util.Map.Entry::getKey).findFirst().orElse("");
                c.add(c.at("events." + first + ".responses." + rid + ".minDelay", "responses without delay form a cycle ("
                        + String.join(" -> ", cycle) + "): the run would never get past that day",
                        "give one response in the cycle a minDelay of 1 or more"));
                return;
            }
        }
    }

    private static List<String> cycleFrom(String at, java.util.Map<String, List<String>> next, List<String> path, Set<String> done) {
        int seen = path.indexOf(at);
        if (seen >= 0) {
            List<String> cycle = new java.util.ArrayList<>(path.subList(seen, path.size()));
            cycle.add(at);
            return cycle;
        }
        if (done.contains(at)) {
            return null;
        }
        path.add(at);
        for (String n : next.getOrDefault(at, List.of())) {
            List<String> c = cycleFrom(n, next, path, done);
            if (c != null) {
                return c;
            }
        }
        path.remove(path.size() - 1);
        done.add(at);
        return null;
    }
}
