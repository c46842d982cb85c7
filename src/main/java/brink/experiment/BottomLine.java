package brink.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The bottom line of a comparison, in plain words, before any table: for each scenario, the headline outcomes whose
 * paired 95 % interval excludes 0, largest relative to their uncertainty first (the difference over the interval's
 * half-width); then the outcomes that cannot move much because the reference is within a few points of 0 % or 100 %
 * (a probability of at least one clash near 100 % says nothing about the number of clashes).
 */
public final class BottomLine {
    /** How many outcomes a scenario's bottom line names at most. */
    public static final int SHOWN = 6;
    /** A probability this close to 0 or 1 in the reference cannot move much. */
    public static final double NEAR = 0.03;
    /** Below this many pairs the balances' intervals were measured to cover less than 93 % (PairedCoverageTest). */
    public static final int FEW_PAIRS_FOR_BALANCES = 200;

    private BottomLine() {
    }

    /** One headline outcome of one scenario against the reference. */
    public record Item(String label, Outcome.Unit unit, String scenario, double reference, double value, double difference,
                       double low, double high, long differing, long pairs) {
        boolean excludesZero() {
            return differing > 0 && (low > 0 || high < 0);
        }

        double strength() {
            double half = (high - low) / 2;
            return half > 0 ? Math.abs(difference) / half : Double.POSITIVE_INFINITY;
        }
    }

    /** The items of the headline rows of a comparison, the reference's own rows left out. */
    public static List<Item> items(List<Comparison.Row> rows, String reference) {
        java.util.Map<String, Double> ref = new java.util.HashMap<>();
        rows.stream().filter(r -> r.scenario().equals(reference)).forEach(r -> ref.put(r.outcome().name(), r.value()));
        List<Item> out = new ArrayList<>();
        for (Comparison.Row r : rows) {
            if (r.outcome().headline() && !r.scenario().equals(reference)) {
                out.add(new Item(r.outcome().label(), r.outcome().unit(), r.scenario(), ref.getOrDefault(r.outcome().name(), Double.NaN),
                        r.value(), r.difference(), r.low(), r.high(), r.differing(), r.n()));
            }
        }
        return out;
    }

    /** The bottom line's sentences, a scenario at a time. */
    public static List<String> lines(List<Item> items, String reference) {
        List<String> out = new ArrayList<>();
        List<String> scenarios = items.stream().map(Item::scenario).distinct().toList();
        for (String s : scenarios) {
            List<Item> mine = items.stream().filter(i -> i.scenario().equals(s)).toList();
            List<Item> clear = mine.stream().filter(Item::excludesZero).sorted(Comparator.comparingDouble(Item::strength).reversed()).toList();
            long pairs = mine.isEmpty() ? 0 : mine.get(0).pairs();
            if (clear.isEmpty()) {
                out.add(s + " against " + reference + ": no headline outcome differs beyond chance (95 %) in " + pairs + " pairs.");
            } else {
                out.add(s + " against " + reference + ", the clearest differences (95 % interval excludes 0; " + clear.size() + " of "
                        + mine.size() + " headline outcomes):");
                for (Item i : clear.subList(0, Math.min(SHOWN, clear.size()))) {
                    out.add("  " + (i.difference() > 0 ? "more: " : "less: ") + i.label() + ", " + i.unit().show(i.reference()) + " -> "
                            + i.unit().show(i.value()) + ", " + i.unit().showDifference(i.difference(), i.low(), i.high()));
                }
                if (clear.size() > SHOWN) {
                    out.add("  ... and " + (clear.size() - SHOWN) + " more below");
                }
            }
            List<String> stuck = mine.stream().filter(i -> i.unit() == Outcome.Unit.PROBABILITY && Double.isFinite(i.reference())
                    && (i.reference() <= NEAR || i.reference() >= 1 - NEAR)).map(i -> String.format(Locale.ROOT, "%s (%s in %s)",
                    i.label(), i.unit().show(i.reference()), reference)).toList();
            if (!stuck.isEmpty()) {
                out.add("  cannot move much, being near 0 % or 100 % already (see a count or days outcome instead): "
                        + String.join("; ", stuck));
            }
            fewPairsWarning(mine).ifPresent(w -> out.add("  " + w));
        }
        return out;
    }

    /**
     * A warning where the balances' intervals are known to fall short: a war, in a few per cent of runs, moves a balance
     * far, and fewer than 200 pairs often hold no such war; the 95 % interval then held the truth in 90-91 % of 2,000
     * trials at 50 pairs (PairedCoverageTest, baseline against us-drawdown), at least 93 % from 200 pairs.
     */
    public static java.util.Optional<String> fewPairsWarning(List<Item> items) {
        boolean balances = items.stream().anyMatch(i -> i.unit() == Outcome.Unit.RATIO);
        long pairs = items.isEmpty() ? 0 : items.get(0).pairs();
        if (!balances || pairs >= FEW_PAIRS_FOR_BALANCES) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("warning: with " + pairs + " pairs the balances' intervals are too narrow about one time in ten"
                + " (a war, rare but moving a balance far, is often missing from fewer than " + FEW_PAIRS_FOR_BALANCES
                + " pairs): use --reps " + FEW_PAIRS_FOR_BALANCES + " or more before reading a balance's change");
    }
}
