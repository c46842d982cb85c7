package brink.model;

/**
 * One occurrence of a calendar window (an exercise): days [startDay, endDay], held at an intensity (1 = in full; what
 * it does to events scales with it, and it raises the ladder only at one half or more).
 */
record Period(String id, String type, int typeIndex, int startDay, int endDay, int[] actors, int target,
              Integer raiseTo, String detail, double intensity) {
    /** The factor of an event whose factor for this period's type is f, at this occurrence's intensity. */
    double factor(double f) {
        return intensity == 1.0 ? f : 1.0 + (f - 1.0) * intensity;
    }

    /** The rung this occurrence raises the ladder to, or null. */
    Integer raises() {
        return intensity >= 0.5 ? raiseTo : null;
    }
}
