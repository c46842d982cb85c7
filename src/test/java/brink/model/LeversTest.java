package brink.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The event log's numbers: three significant digits, whole numbers kept whole (150 was written "15"). */
class LeversTest {
    @Test
    void numbersKeepTheirZerosBeforeThePoint() {
        assertEquals("150", Levers.num(150));
        assertEquals("1500", Levers.num(1500));
        assertEquals("10", Levers.num(10));
        assertEquals("0.5", Levers.num(0.5));
        assertEquals("0.123", Levers.num(0.12345));
        assertEquals("2", Levers.num(2.0));
        assertEquals("-1.25", Levers.num(-1.25));
    }
}
