package brink.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * PRIM's options as the EMA Workbench's prim.py has them, each on a planted problem or a hand computation: the three
 * objectives, pasting, covering (a second box), choosing a step, resampling, discrete peels, and the quasi-p-value of
 * each side of a restriction.
 */
class PrimOptionsTest {
    private static final Prim.Settings NO_PASTE = new Prim.Settings(0.05, 0.05, 0.05, 0.8, Prim.Objective.LENIENT1, false, null);

    @Test
    void theObjectivesByHand() {
        // from 5 cases in 10 points to 5 in 8: density 0.5 -> 0.625, 2 points removed
        assertEquals(0.125 / 2, Prim.Objective.LENIENT1.score(5, 10, 5, 8), 1e-15);
        assertEquals(8 * 0.125 / 2, Prim.Objective.LENIENT2.score(5, 10, 5, 8), 1e-15);
        assertEquals(0.625, Prim.Objective.ORIGINAL.score(5, 10, 5, 8), 1e-15);
        assertEquals(0, Prim.Objective.LENIENT1.score(5, 10, 4, 8), 1e-15, "no change in density, no score");
        assertTrue(Prim.Objective.LENIENT1.score(5, 10, 3, 8) < 0, "a peel that loses density scores below 0");
        assertEquals(Prim.Objective.LENIENT1, Prim.Settings.DEFAULT.objective(), "lenient1 is the default, as in the Workbench");
        assertTrue(Prim.Settings.DEFAULT.paste(), "and pasting is on, as in the Workbench's find_box");
    }

    /** x0 and x1 uniform on a grid; the cases where x0 is in [lo0, hi0] and x1 in [lo1, hi1]. */
    private static double[][] grid(int side) {
        double[][] x = new double[side * side][2];
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                x[i * side + j] = new double[] {(i + 0.5) / side, (j + 0.5) / side};
            }
        }
        return x;
    }

    private static boolean[] planted(double[][] x, double lo0, double hi0, double lo1, double hi1) {
        boolean[] y = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i][0] >= lo0 && x[i][0] <= hi0 && x[i][1] >= lo1 && x[i][1] <= hi1;
        }
        return y;
    }

    @Test
    void eachObjectiveFindsAPlantedBox() {
        double[][] x = grid(40);
        boolean[] y = planted(x, 0.25, 0.75, 0.5, 1.0);
        for (Prim.Objective o : Prim.Objective.values()) {
            // a clean planted box: the box offered is the one of highest coverage among those holding nothing but cases
            Prim.Result r = Prim.run(x, y, new Prim.Settings(0.05, 0.05, 0.05, 1.0, o, true, null));
            Prim.Box b = r.box();
            assertTrue(b.density() == 1.0 && b.coverage() >= 0.8, o + ": " + b);
            assertEquals(0.25, b.low()[0], 0.06, o + " x0 low");
            assertEquals(0.75, b.high()[0], 0.06, o + " x0 high");
            assertEquals(0.5, b.low()[1], 0.06, o + " x1 low");
        }
    }

    @Test
    void pastingWinsBackWhatCoarsePeelingCutOff() {
        // one field matters: cases where x0 is in [0.2, 0.8], but every other point of its middle is not one
        int n = 200;
        double[][] x = new double[n][2];
        boolean[] y = new boolean[n];
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {(i + 0.5) / n, random.nextDouble()};
            double v = x[i][0];
            y[i] = v >= 0.2 && v <= 0.8 && !(v > 0.44 && v < 0.56 && i % 2 == 0);
        }
        Prim.Result peeled = Prim.run(x, y, new Prim.Settings(0.2, 0.05, 0.05, 0.85, Prim.Objective.LENIENT1, false, null));
        Prim.Result pasted = Prim.run(x, y, new Prim.Settings(0.2, 0.05, 0.05, 0.85, Prim.Objective.LENIENT1, true, null));
        System.out.printf(java.util.Locale.ROOT, "[prim paste] peeled x0 %.3f-%.3f coverage %.3f density %.3f; pasted x0 %.3f-%.3f coverage "
                + "%.3f density %.3f%n", peeled.box().low()[0], peeled.box().high()[0], peeled.box().coverage(), peeled.box().density(),
                pasted.box().low()[0], pasted.box().high()[0], pasted.box().coverage(), pasted.box().density());
        assertTrue(pasted.trajectory().size() > peeled.trajectory().size(), "pasting adds steps to the trajectory");
        assertTrue(pasted.box().coverage() > peeled.box().coverage() && pasted.box().density() >= peeled.box().density(),
                "more of the cases, and no less dense: " + peeled.box() + " -> " + pasted.box());
        assertEquals(0.8, pasted.box().high()[0], 0.01, "the upper edge won back");
    }

    @Test
    void coveringFindsASecondBoxAmongThePointsTheFirstDoesNotHold() {
        double[][] x = grid(40);
        boolean[] y = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            // two corners away from the edges (an edge slab denser than the whole would stop lenient1 at once, as in prim.py)
            y[i] = in(x[i][0], 0.1, 0.3) && in(x[i][1], 0.1, 0.3) || in(x[i][0], 0.6, 0.9) && in(x[i][1], 0.6, 0.9);
        }
        // the original objective: lenient1 stops once the box spans both corners (every further peel would lose a denser
        // slab), as prim.py does; covering is about what comes after the first box
        List<Prim.Result> boxes = Prim.cover(x, y, new Prim.Settings(0.05, 0.05, 0.05, 0.8, Prim.Objective.ORIGINAL, false, null), 3);
        assertEquals(2, boxes.size(), "two planted boxes, and no third dense one: " + boxes.size());
        Prim.Box first = boxes.get(0).box();
        Prim.Box second = boxes.get(1).box();
        boolean lowFirst = first.high()[0] < 0.5;
        Prim.Box low = lowFirst ? first : second;
        Prim.Box high = lowFirst ? second : first;
        assertTrue(low.high()[0] <= 0.35 && low.high()[1] <= 0.35 && low.low()[0] >= 0.05, "the low corner: " + low);
        assertTrue(high.low()[0] >= 0.5 && high.low()[1] >= 0.5 && high.high()[0] <= 0.95, "the high corner: " + high);
        assertEquals(1.0, first.coverage() + second.coverage(), 0.1, "together they cover the cases (coverage of all cases)");
    }

    private static boolean in(double v, double lo, double hi) {
        return v >= lo && v <= hi;
    }

    @Test
    void aChosenStepIsOfferedWithItsLimits() {
        double[][] x = grid(30);
        boolean[] y = planted(x, 0.5, 1, 0, 1);
        Prim.Result r = Prim.run(x, y, NO_PASTE);
        Prim.Result third = Prim.select(x, y, r, 3);
        assertEquals(3, third.box().step());
        assertEquals(third.box().low()[0], third.limits().get(0).low(), 0);
        assertThrows(IllegalArgumentException.class, () -> Prim.select(x, y, r, r.trajectory().size()));
    }

    @Test
    void resamplingKeepsTheRestrictionThatMattersAndDropsNoise() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 1200;
        double[][] x = new double[n][2];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextDouble();
            x[i][1] = random.nextDouble();
            y[i] = x[i][0] > 0.6 ? random.nextDouble() < 0.9 : random.nextDouble() < 0.05;
        }
        double[] kept = Prim.resample(x, y, Prim.Settings.DEFAULT, 20, 7);
        System.out.printf(java.util.Locale.ROOT, "[prim resample] x0 restricted in %.2f of halves, x1 in %.2f%n", kept[0], kept[1]);
        assertTrue(kept[0] >= 0.9, "x0 comes back: " + kept[0]);
        assertTrue(kept[1] <= 0.5, "x1 comes and goes: " + kept[1]);
        assertEquals(kept[0], Prim.resample(x, y, Prim.Settings.DEFAULT, 20, 7)[0], 0, "the same seed, the same halves");
    }

    @Test
    void discretePeelsRemoveWholeLevels() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 1000;
        double[][] x = new double[n][2];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextInt(5); // a whole-number field: 0 to 4
            x[i][1] = random.nextDouble();
            y[i] = x[i][0] >= 3 ? random.nextDouble() < 0.95 : random.nextDouble() < 0.05;
        }
        Prim.Result r = Prim.run(x, y, Prim.Settings.DEFAULT.withDiscrete(new boolean[] {true, false}));
        double low = r.box().low()[0];
        assertEquals(3.0, low, 0, "the box starts at the level 3: " + r.box());
        for (Prim.Box b : r.trajectory()) {
            assertEquals(Math.rint(b.low()[0]), b.low()[0], 0, "every step's limit is a level: " + b);
            assertEquals(Math.rint(b.high()[0]), b.high()[0], 0, "every step's limit is a level: " + b);
        }
    }

    @Test
    void eachSideOfARestrictionHasItsOwnQuasiPValue() {
        double[][] x = grid(40);
        boolean[] y = planted(x, 0.6, 1, 0, 1);
        Prim.Result r = Prim.run(x, y, Prim.Settings.DEFAULT);
        Prim.Limit x0 = r.limits().get(0);
        assertTrue(x0.restricted() && x0.qpLow() < 1e-6, "the lower side matters: " + x0);
        assertTrue(Double.isNaN(x0.qpHigh()), "the upper side is not restricted: " + x0);
        assertFalse(r.limits().get(1).restricted() && r.limits().get(1).qp() < 0.05, "x1 does not matter: " + r.limits().get(1));
    }
}
