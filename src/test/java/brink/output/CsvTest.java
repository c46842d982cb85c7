package brink.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void numbersAreWrittenAsTheExactValueRoundedToSevenDigits() {
        assertEquals("1234568", Csv.number(1234567.5));
        assertEquals("0.1", Csv.number(0.1));
        assertEquals("-2.5", Csv.number(-2.5));
        assertEquals("0.000001234568", Csv.number(1.2345675e-6));
        assertEquals("123456800", Csv.number(123456789.5));
        assertEquals("", Csv.number(Double.NaN));
        assertEquals("42", Csv.number(42.0));
    }

    /** The floating-point shortcut gives the text of the exact (BigDecimal) rounding, or steps aside. */
    @Test
    void theShortcutAgreesWithTheExactRounding() {
        SplittableRandom r = new SplittableRandom(7);
        int taken = 0;
        int n = 1_000_000;
        for (int i = 0; i < n; i++) {
            double v = switch (i % 4) {
                case 0 -> Math.pow(10, r.nextDouble(-12, 15)) * (r.nextBoolean() ? 1 : -1);
                // values near a tie at the 8th digit, and near a power of ten
                case 1 -> (Math.floor(r.nextDouble(1e6, 1e7)) + 0.5 + r.nextDouble(-1e-5, 1e-5)) * Math.pow(10, r.nextInt(-18, 8));
                case 2 -> Math.pow(10, r.nextInt(-11, 14)) * (1 + r.nextDouble(-1e-7, 1e-7));
                default -> r.nextDouble() * 10;
            };
            if (v == Math.rint(v) || Math.abs(v) < 1e-12 || Math.abs(v) >= 1e15) {
                continue;
            }
            String fast = Csv.roundedByDouble(v);
            if (fast != null) {
                taken++;
                assertEquals(Csv.exact(v), fast, () -> "for " + v);
            }
        }
        assertTrue(taken > n / 2, "the shortcut took only " + taken + " of " + n);
    }
}
