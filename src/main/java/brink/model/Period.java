package brink.model;

/** One occurrence of a calendar window (an exercise): days [startDay, endDay]. */
record Period(String id, String type, int typeIndex, int startDay, int endDay, int[] actors, int target,
              Integer raiseTo, String detail) {
}
