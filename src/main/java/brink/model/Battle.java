package brink.model;

import brink.scenario.BattleSpec;
import java.util.TreeSet;

/**
 * A stand-alone battle between two sides (scenario kind {@code battle}), on the same {@link Lanchester} code as
 * theatre combat. Waves join at their time; rates add units continuously over their interval (the P(t) of the classic
 * fits of Lanchester's law to historical battles). Strengths are reported at every whole day.
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
        // the times where something changes: whole days (reported), waves, and the ends of every rate's interval
        TreeSet<Double> stops = new TreeSet<>();
        for (int d = 0; d <= b.days(); d++) {
            stops.add((double) d);
        }
        b.reinforcements().forEach(r -> stops.add(r.day()));
        b.rates().forEach(r -> {
            stops.add(r.from());
            stops.add(r.to());
        });
        double[] times = new double[b.days() + 1];
        double[][] out = new double[b.days() + 1][];
        double a = sa.strength();
        double bb = sb.strength();
        double t = 0;
        for (double stop : stops) {
            if (stop > t) {
                double pa = rate(b, sa.name(), t);
                double pb = rate(b, sb.name(), t);
                double dt = stop - t;
                double[] s = Lanchester.advance(a, bb, alpha, beta, pa, pb, b.law(), dt, b.timeStep());
                if (b.noise() > 0) {
                    // noise scales the losses, not the arrivals: losses = start + arrivals - end
                    s[0] = Math.max(0, a + pa * dt - (a + pa * dt - s[0]) * Draws.lognormal(random, b.noise()));
                    s[1] = Math.max(0, bb + pb * dt - (bb + pb * dt - s[1]) * Draws.lognormal(random, b.noise()));
                }
                a = s[0];
                bb = s[1];
                t = stop;
            }
            for (BattleSpec.Reinforcement r : b.reinforcements()) {
                if (r.day() == t) {
                    if (r.side().equals(sa.name())) {
                        a += r.units();
                    } else {
                        bb += r.units();
                    }
                }
            }
            if (t == Math.rint(t)) {
                int day = (int) t;
                times[day] = day;
                out[day] = new double[] {a, bb};
            }
        }
        return new Result(new String[] {sa.name(), sb.name()}, times, out);
    }

    /** The same battle without loss noise: the deterministic Lanchester curve the noisy replications scatter around. */
    public static Result withoutNoise(BattleSpec b) {
        return run(new BattleSpec(b.law(), b.days(), b.timeStep(), b.sides(), b.reinforcements(), b.rates(), 0.0), 0);
    }

    /** The units per day joining {@code side} over the step that starts at {@code t} (intervals are [from, to)). */
    private static double rate(BattleSpec b, String side, double t) {
        double p = 0;
        for (BattleSpec.Rate r : b.rates()) {
            if (r.side().equals(side) && r.from() <= t && t < r.to()) {
                p += r.perDay();
            }
        }
        return p;
    }
}
