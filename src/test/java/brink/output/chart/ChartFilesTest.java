package brink.output.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** SVG coordinates are written to a hundredth of a pixel, as short as they can be. */
class ChartFilesTest {
    @Test
    void coordinatesAreRoundedToHundredths() {
        assertEquals("156.08", ChartFiles.hundredths(156.07589721679688));
        assertEquals("12.5", ChartFiles.hundredths(12.5));
        assertEquals("7", ChartFiles.hundredths(7.0));
        assertEquals("7", ChartFiles.hundredths(6.999));
        assertEquals("0.05", ChartFiles.hundredths(0.049));
        assertEquals("-3.1", ChartFiles.hundredths(-3.1));
        assertEquals("0", ChartFiles.hundredths(-0.001));
        assertEquals("1100", ChartFiles.hundredths(1100));
        assertEquals("NaN", ChartFiles.hundredths(Double.NaN));
    }
}
