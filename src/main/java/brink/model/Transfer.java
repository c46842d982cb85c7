package brink.model;

/** A flow between actors: units of a domain, a commodity, or technology (see {@code TransferSpec}). */
final class Transfer {
    enum What { DOMAIN, COMMODITY, TECHNOLOGY }

    final String id;
    final int from;
    final int to;
    final What what;
    final int index;
    final double rate;
    double factor = 1.0;
    final Sink sink;
    Transfer tiedTo;
    final int startDay;
    final int endDay;
    final double[] quality;
    final double[] productionBoost;
    double delivered;

    Transfer(String id, int from, int to, What what, int index, double rate, Sink sink, int startDay, int endDay,
             double[] quality, double[] productionBoost) {
        this.id = id;
        this.from = from;
        this.to = to;
        this.what = what;
        this.index = index;
        this.rate = rate;
        this.sink = sink;
        this.startDay = startDay;
        this.endDay = endDay;
        this.quality = quality;
        this.productionBoost = productionBoost;
    }

    /** 1 at full flow; scaled by actions, by the war it feeds and by the flow it pays for. */
    double intensity(int day) {
        if (day < startDay || day > endDay) {
            return 0.0;
        }
        double i = factor;
        if (sink != null) {
            i *= sink.intensity(day);
        }
        if (tiedTo != null) {
            i *= tiedTo.intensity(day);
        }
        return i;
    }
}
