package brink.output.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.List;

/**
 * Colours and line patterns by position, so an actor keeps its look in every chart: the Okabe-Ito palette,
 * distinguishable for colour-blind readers, with a different dash pattern each so that grey-scale prints stay
 * readable.
 */
public final class Palette {
    private static final List<Color> COLORS = List.of(
            new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00), new Color(0x00, 0x9E, 0x73),
            new Color(0xCC, 0x79, 0xA7), new Color(0xE6, 0x9F, 0x00), new Color(0x56, 0xB4, 0xE9),
            new Color(0x00, 0x00, 0x00), new Color(0xF0, 0xE4, 0x42));
    private static final float[][] DASHES = {null, {8f, 4f}, {2f, 3f}, {10f, 3f, 2f, 3f}, {5f, 5f}, {1f, 2f},
        {12f, 6f}, {4f, 2f, 1f, 2f}};

    private Palette() {
    }

    public static Color color(int index) {
        return COLORS.get(Math.floorMod(index, COLORS.size()));
    }

    public static Stroke stroke(int index) {
        float[] dash = DASHES[Math.floorMod(index, DASHES.length)];
        return dash == null ? new BasicStroke(2f) : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    public static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
