package brink.model;

import brink.scenario.BattleSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A stand-alone battle between two sides (scenario kind {@code battle}), on the same {@link Lanchester} code as
 * theatre combat. Reinforcements join at their day; strengths are reported at every whole day and at the end.
 */
public final class Battle {
    /** Strength of each side at each reported time (days). */
    public record Result(String[] sides, double[] times, double[][] strengths) {
    }

    private Battle() {
    }

    /** One replication: loss noise (if any) from the stream {@code battle/losses} of {@code seed}. */
    public static Result run(BattleSpec b, long seed) {
        java.util.random.RandomGenerator random = new RandomStreams(seed).stream("battle/losses").batch(0, 0);
        BattleSpec.Side sa = b.sides().get(0);
        BattleSpec.Side sb = b.sides().get(1);
        double alpha = sa.effectiveness() * sa.quality();
        double beta = sb.effectiveness() * sb.quality();
        TreeMap<Double, double[]> arrivals = new TreeMap<>();
        for (BattleSpec.Reinforcement r : b.reinforcements()) {
            double[] add = arrivals.computeIfAbsent(r.day(), k -> new double[2]);
            add[r.side().equals(sa.name()) ? 0 : 1] += r.units();
        }
        List<Double> times = new ArrayList<>();
        for (int d = 0; d <= b.days(); d++) {
            times.add((double) d);
        }
        double[][] out = new double[times.size()][];
        double a = sa.strength();
        double bb = sb.strength();
        double t = 0;
        int next = 0;
        while (next < times.size()) {
            double stop = times.get(next);
            Double arrival = arrivals.ceilingKey(t);
            if (arrival != null && arrival <= stop && arrival >= t) {
                stop = arrival;
            }
            if (stop > t) {
                double[] s = Lanchester.advance(a, bb, alpha, beta, b.law(), stop - t, b.timeStep());
                if (b.noise() > 0) {
                    s[0] = Math.max(0, a - (a - s[0]) * Draws.lognormal(random, b.noise()));
                    s[1] = Math.max(0, bb - (bb - s[1]) * Draws.lognormal(random, b.noise()));
                }
                a = s[0];
                bb = s[1];
                t = stop;
            }
            double[] add = arrivals.remove(t);
            if (add != null) {
                a += add[0];
                bb += add[1];
            }
            if (Math.abs(t - times.get(next)) < 1e-12) {
                out[next++] = new double[] {a, bb};
            }
        }
        return new Result(new String[] {sa.name(), sb.name()}, times.stream().mapToDouble(Double::doubleValue).toArray(), out);
    }
}
