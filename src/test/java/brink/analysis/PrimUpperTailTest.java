package brink.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

/** PRIM's qp from the binomial's upper tail: exact on a small case, and a real number where 1 - cdf gives 0. */
class PrimUpperTailTest {
    @Test
    void aSmallCaseByHand() {
        assertEquals(56.0 / 1024, Prim.upperTail(10, 0.5, 8), 1e-15); // (45 + 10 + 1) / 2^10
        assertEquals(1.0, Prim.upperTail(10, 0.5, 0), 0);
        assertEquals(0.0, Prim.upperTail(10, 0.5, 11), 0);
    }

    @Test
    void aRestrictionThatMattersALotIsTinyNotZero() {
        double oneMinusCdf = 1 - new BinomialDistribution(null, 200, 0.05).cumulativeProbability(149);
        assertEquals(0.0, oneMinusCdf, 0, "the old way underflows");
        double qp = Prim.upperTail(200, 0.05, 150);
        assertTrue(qp > 0 && qp < 1e-100, "the upper tail itself: " + qp);
    }
}
