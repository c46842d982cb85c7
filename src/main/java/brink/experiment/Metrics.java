package brink.experiment;

import brink.model.Actor;
import brink.model.Force;
import brink.model.World;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run records, declared by metric name: the list in {@link #standard()}. Each metric knows its series and
 * reads them in one loop. The list is documented in docs/GUIDE.md (outputs) and docs/ODD.md (observation).
 */
public final class Metrics {
    public static final String THEATRE = "theatre";
    private static final String POWER_UNIT = "quality-weighted ready units";

    private Metrics() {
    }

    public static List<Metric> standard() {
        List<Metric> m = new ArrayList<>();
        for (ForceQuantity q : ForceQuantity.values()) {
            m.add(new ForceMetric(q));
        }
        m.add(new ActorMetric("budget", "US$ bn per year"));
        m.add(new ActorMetric("force_balance", "ratio"));
        m.add(new CommodityMetric());
        m.add(new FiringMetric("fired_month"));
        m.add(new FiringMetric("firing_days_month"));
        m.add(new BlocPowerMetric());
        m.add(new BalanceMetric());
        m.add(new TransferMetric());
        m.add(new TrackMetric("rung", "rung index", false));
        m.add(new TrackMetric("signal", "signal level index", true));
        m.add(new RungIndicatorMetric());
        return m;
    }

    /** The metrics of {@link #standard()} with these names, in the order given. */
    public static List<Metric> named(String... names) {
        List<Metric> all = standard();
        List<Metric> picked = new ArrayList<>();
        for (String name : names) {
            picked.add(all.stream().filter(m -> m.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no metric named " + name)));
        }
        return picked;
    }

    /** Per actor and domain. */
    enum ForceQuantity {
        STOCK("stock", "domain unit"),
        THEATRE_UNITS("theatre_units", "domain unit"),
        RESERVE("reserve", "domain unit"),
        QUALITY("quality", "quality (1 = reference)"),
        READINESS("readiness", "share 0..1"),
        COMBAT_POWER("combat_power", POWER_UNIT),
        COMBAT_LOSSES("combat_losses", "domain unit, cumulative"),
        BUDGET_SHARE("budget_share", "share 0..1");

        final String metric;
        final String unit;

        ForceQuantity(String metric, String unit) {
            this.metric = metric;
            this.unit = unit;
        }

        double read(Actor a, int d) {
            Force f = a.force(d);
            return switch (this) {
                case STOCK -> f.getStock();
                case THEATRE_UNITS -> f.getTheatre();
                case RESERVE -> f.getReserve();
                case QUALITY -> f.getQuality();
                case READINESS -> f.getReadiness();
                case COMBAT_POWER -> f.getPower();
                case COMBAT_LOSSES -> f.getLost();
                case BUDGET_SHARE -> a.budgetShare(d);
            };
        }
    }

    private record ForceMetric(ForceQuantity q) implements Metric {
        public String name() {
            return q.metric;
        }

        public Cadence cadence() {
            return Cadence.STANDARD;
        }

        public List<SeriesKey> keys(World w) {
            List<SeriesKey> k = new ArrayList<>();
            for (Actor a : w.actors()) {
                for (String d : w.domains()) {
                    k.add(new SeriesKey(a.getId(), d, q.metric, q.unit, Cadence.STANDARD));
                }
            }
            return k;
        }

        public void read(World w, double[] out, int offset) {
            int nd = w.domains().size();
            int i = offset;
            List<Actor> actors = w.actors();
            for (int a = 0; a < actors.size(); a++) {
                for (int d = 0; d < nd; d++) {
                    out[i++] = q.read(actors.get(a), d);
                }
            }
        }
    }

    private record ActorMetric(String name, String unit) implements Metric {
        public Cadence cadence() {
            return Cadence.STANDARD;
        }

        public List<SeriesKey> keys(World w) {
            return w.actors().stream().map(a -> new SeriesKey(a.getId(), "", name, unit, Cadence.STANDARD)).toList();
        }

        public void read(World w, double[] out, int offset) {
            List<Actor> actors = w.actors();
            boolean budget = name.equals("budget");
            for (int a = 0; a < actors.size(); a++) {
                out[offset + a] = budget ? actors.get(a).getBudget() : w.forceBalance(a);
            }
        }
    }

    private record CommodityMetric() implements Metric {
        public String name() {
            return "commodity";
        }

        public Cadence cadence() {
            return Cadence.STANDARD;
        }

        public List<SeriesKey> keys(World w) {
            List<SeriesKey> k = new ArrayList<>();
            for (Actor a : w.actors()) {
                for (String c : w.commodities()) {
                    k.add(new SeriesKey(a.getId(), "", c, "units", Cadence.STANDARD));
                }
            }
            return k;
        }

        public void read(World w, double[] out, int offset) {
            int nc = w.commodities().size();
            int i = offset;
            List<Actor> actors = w.actors();
            for (int a = 0; a < actors.size(); a++) {
                for (int c = 0; c < nc; c++) {
                    out[i++] = actors.get(a).commodity(c);
                }
            }
        }
    }

    /**
     * Units each firer (an actor whose events use up a domain: missiles launched) used in the month, and the days it
     * did, per actor and domain.
     */
    private record FiringMetric(String name) implements Metric {
        public Cadence cadence() {
            return Cadence.MONTHLY;
        }

        public List<SeriesKey> keys(World w) {
            return w.firers().stream().map(f -> new SeriesKey(w.actors().get(f.actor()).getId(), w.domains().get(f.domain()),
                    name, name.equals("fired_month") ? "units in the month" : "days in the month", Cadence.MONTHLY)).toList();
        }

        public void read(World w, double[] out, int offset) {
            int n = w.firers().size();
            boolean units = name.equals("fired_month");
            for (int f = 0; f < n; f++) {
                out[offset + f] = units ? w.firedThisMonth(f) : w.firingDaysThisMonth(f);
            }
        }
    }

    private record BlocPowerMetric() implements Metric {
        public String name() {
            return "bloc_power";
        }

        public Cadence cadence() {
            return Cadence.STANDARD;
        }

        public List<SeriesKey> keys(World w) {
            List<SeriesKey> k = new ArrayList<>();
            for (String bloc : w.declaredBlocs()) {
                for (String d : w.domains()) {
                    k.add(new SeriesKey(bloc, d, "combat_power", POWER_UNIT, Cadence.STANDARD));
                }
            }
            return k;
        }

        public void read(World w, double[] out, int offset) {
            int nd = w.domains().size();
            int i = offset;
            for (String bloc : w.declaredBlocs()) {
                int b = w.blocNames().indexOf(bloc);
                for (int d = 0; d < nd; d++) {
                    out[i++] = w.blocPower(b, d);
                }
            }
        }
    }

    /** Each balance per domain and overall (domain empty), as balance_vs_(against) of its "of" bloc. */
    private record BalanceMetric() implements Metric {
        public String name() {
            return "balance";
        }

        public Cadence cadence() {
            return Cadence.STANDARD;
        }

        public List<SeriesKey> keys(World w) {
            List<SeriesKey> k = new ArrayList<>();
            int nd = w.domains().size();
            for (int b = 0; b < w.balanceCount(); b++) {
                for (int d = 0; d <= nd; d++) {
                    k.add(new SeriesKey(w.balanceOf(b), d == nd ? "" : w.domains().get(d), "balance_vs_" + w.balanceAgainst(b),
                            "ratio", Cadence.STANDARD, SeriesKey.Kind.BALANCE, w.balanceAgainst(b)));
                }
            }
            return k;
        }

        public void read(World w, double[] out, int offset) {
            int nd = w.domains().size();
            int i = offset;
            for (int b = 0; b < w.balanceCount(); b++) {
                for (int d = 0; d <= nd; d++) {
                    out[i++] = w.balanceRatio(b, d);
                }
            }
        }
    }

    private record TransferMetric() implements Metric {
        public String name() {
            return "transfers";
        }

        public Cadence cadence() {
            return Cadence.STANDARD;
        }

        public List<SeriesKey> keys(World w) {
            List<SeriesKey> k = new ArrayList<>();
            for (int t = 0; t < w.transferIds().size(); t++) {
                k.add(new SeriesKey(w.transferFrom(t), w.transferWhat(t), "delivered_to_" + w.transferTo(t),
                        "units, cumulative", Cadence.STANDARD, SeriesKey.Kind.DELIVERY, w.transferTo(t)));
            }
            return k;
        }

        public void read(World w, double[] out, int offset) {
            int n = w.transferIds().size();
            for (int t = 0; t < n; t++) {
                out[offset + t] = w.delivered(t);
            }
        }
    }

    /**
     * Where the run stands each day on the escalation ladder (the rung) or on the signalling track (threats that raise
     * tension without being rungs).
     */
    private record TrackMetric(String name, String unit, boolean signalling) implements Metric {
        public Cadence cadence() {
            return Cadence.DAILY;
        }

        public List<SeriesKey> keys(World w) {
            return List.of(new SeriesKey(THEATRE, "", name, unit, Cadence.DAILY));
        }

        public void read(World w, double[] out, int offset) {
            out[offset] = (signalling ? w.signals() : w.ladder()).getRung();
        }
    }

    /**
     * 0/1 per run: at rung k now, and at rung k or a more severe one (rungs are ordered by severity) on some day so far;
     * their means are probabilities.
     */
    private record RungIndicatorMetric() implements Metric {
        public String name() {
            return "rung_indicators";
        }

        public Cadence cadence() {
            return Cadence.STANDARD;
        }

        public List<SeriesKey> keys(World w) {
            List<SeriesKey> k = new ArrayList<>();
            for (int r = 0; r < w.ladder().size(); r++) {
                k.add(new SeriesKey(THEATRE, "", "at_rung_" + r, "probability (mean)", Cadence.STANDARD, SeriesKey.Kind.RUNG,
                        Integer.toString(r)));
                k.add(new SeriesKey(THEATRE, "", "reached_rung_" + r, "probability (mean)", Cadence.STANDARD, SeriesKey.Kind.RUNG,
                        Integer.toString(r)));
            }
            return k;
        }

        public void read(World w, double[] out, int offset) {
            int rung = w.ladder().getRung();
            int highest = w.ladder().getHighest();
            for (int r = 0; r < w.ladder().size(); r++) {
                out[offset + 2 * r] = rung == r ? 1 : 0;
                out[offset + 2 * r + 1] = highest >= r ? 1 : 0;
            }
        }
    }
}
