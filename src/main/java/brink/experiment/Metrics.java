package brink.experiment;

import brink.model.Actor;
import brink.model.Force;
import brink.model.World;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

/**
 * What a run records, declared by metric name. Adding a metric here adds it to series.csv, with no table code
 * to write. The list is documented in README.md (outputs) and docs/ODD.md (observation).
 */
public final class Metrics {
    public static final String THEATRE = "theatre";

    private Metrics() {
    }

    public static List<Metric> standard() {
        List<Metric> m = new ArrayList<>();
        m.add(forceMetric("stock", Force::getStock, "domain unit"));
        m.add(forceMetric("theatre_units", Force::getTheatre, "domain unit"));
        m.add(forceMetric("reserve", Force::getReserve, "domain unit"));
        m.add(forceMetric("quality", Force::getQuality, "quality (1 = reference)"));
        m.add(forceMetric("readiness", Force::getReadiness, "share 0..1"));
        m.add(forceMetric("combat_power", Force::getPower, "quality-weighted ready units"));
        m.add(forceMetric("combat_losses", Force::getLost, "domain unit, cumulative"));
        m.add(actorDomainMetric("budget_share", (a, d) -> w -> a.budgetShare(d), "share 0..1"));
        m.add(actorMetric("budget", a -> a::getBudget, "US$ bn per year", Cadence.STANDARD));
        m.add(new Metric("force_balance", Cadence.STANDARD, w -> {
            List<Metric.Probe> out = new ArrayList<>();
            for (int a = 0; a < w.actors().size(); a++) {
                int ai = a;
                out.add(new Metric.Probe(new SeriesKey(w.actors().get(a).getId(), "", "force_balance", "ratio", Cadence.STANDARD),
                        x -> x.forceBalance(ai)));
            }
            return out;
        }));
        m.add(new Metric("commodity", Cadence.STANDARD, w -> {
            List<Metric.Probe> out = new ArrayList<>();
            for (Actor a : w.actors()) {
                for (int c = 0; c < w.commodities().size(); c++) {
                    int ci = c;
                    out.add(new Metric.Probe(new SeriesKey(a.getId(), "", w.commodities().get(c), "units", Cadence.STANDARD),
                            x -> a.commodity(ci)));
                }
            }
            return out;
        }));
        m.add(monthlyLaunchMetric("missiles_month", World::missilesThisMonth));
        m.add(monthlyLaunchMetric("launch_days_month", World::launchDaysThisMonth));
        m.add(new Metric("bloc_power", Cadence.STANDARD, w -> {
            List<Metric.Probe> out = new ArrayList<>();
            List<String> blocs = w.declaredBlocs();
            for (String bloc : blocs) {
                int b = w.blocNames().indexOf(bloc);
                for (int d = 0; d < w.domains().size(); d++) {
                    int di = d;
                    out.add(new Metric.Probe(new SeriesKey(bloc, w.domains().get(d), "combat_power", "quality-weighted ready units",
                            Cadence.STANDARD), x -> x.blocPower(b, di)));
                }
            }
            return out;
        }));
        m.add(new Metric("balance", Cadence.STANDARD, w -> {
            List<Metric.Probe> out = new ArrayList<>();
            int nd = w.domains().size();
            for (int b = 0; b < w.balanceCount(); b++) {
                int bi = b;
                String name = "balance_vs_" + w.balanceAgainst(b);
                for (int d = 0; d <= nd; d++) {
                    int di = d;
                    out.add(new Metric.Probe(new SeriesKey(w.balanceOf(b), d == nd ? "" : w.domains().get(d), name, "ratio",
                            Cadence.STANDARD), x -> x.balanceRatio(bi, di)));
                }
            }
            return out;
        }));
        m.add(new Metric("transfers", Cadence.STANDARD, w -> {
            List<Metric.Probe> out = new ArrayList<>();
            for (int t = 0; t < w.transferIds().size(); t++) {
                int ti = t;
                out.add(new Metric.Probe(new SeriesKey(w.transferFrom(t), w.transferWhat(t), "delivered_to_" + w.transferTo(t),
                        "units, cumulative", Cadence.STANDARD), x -> x.delivered(ti)));
            }
            return out;
        }));
        m.add(new Metric("rung", Cadence.DAILY, w -> List.of(new Metric.Probe(
                new SeriesKey(THEATRE, "", "rung", "rung index", Cadence.DAILY), x -> x.ladder().getRung()))));
        m.add(new Metric("rung_indicators", Cadence.STANDARD, w -> {
            List<Metric.Probe> out = new ArrayList<>();
            for (int r = 0; r < w.ladder().size(); r++) {
                int ri = r;
                out.add(new Metric.Probe(new SeriesKey(THEATRE, "", "at_rung_" + r, "probability (mean)", Cadence.STANDARD),
                        x -> x.ladder().getRung() == ri ? 1 : 0));
                out.add(new Metric.Probe(new SeriesKey(THEATRE, "", "reached_rung_" + r, "probability (mean)", Cadence.STANDARD),
                        x -> x.ladder().getHighest() >= ri ? 1 : 0));
            }
            return out;
        }));
        return m;
    }

    private static Metric forceMetric(String name, ToDoubleFunction<Force> f, String unit) {
        return actorDomainMetric(name, (a, d) -> w -> f.applyAsDouble(a.force(d)), unit);
    }

    private static Metric actorDomainMetric(String name, BiFunction<Actor, Integer, Metric.Reader> reader, String unit) {
        return new Metric(name, Cadence.STANDARD, w -> {
            List<Metric.Probe> out = new ArrayList<>();
            for (Actor a : w.actors()) {
                for (int d = 0; d < w.domains().size(); d++) {
                    out.add(new Metric.Probe(new SeriesKey(a.getId(), w.domains().get(d), name, unit, Cadence.STANDARD),
                            reader.apply(a, d)));
                }
            }
            return out;
        });
    }

    private static Metric actorMetric(String name, java.util.function.Function<Actor, java.util.function.DoubleSupplier> f,
                                      String unit, Cadence cadence) {
        return new Metric(name, cadence, w -> {
            List<Metric.Probe> out = new ArrayList<>();
            for (Actor a : w.actors()) {
                java.util.function.DoubleSupplier s = f.apply(a);
                out.add(new Metric.Probe(new SeriesKey(a.getId(), "", name, unit, cadence), x -> s.getAsDouble()));
            }
            return out;
        });
    }

    /** Launch counts are recorded only for actors that can launch (some event of theirs uses a stock). */
    private static Metric monthlyLaunchMetric(String name, java.util.function.ToIntBiFunction<World, Integer> count) {
        return new Metric(name, Cadence.MONTHLY, w -> {
            List<Metric.Probe> out = new ArrayList<>();
            for (int a : w.launchers()) {
                out.add(new Metric.Probe(new SeriesKey(w.actors().get(a).getId(), "", name, "count in the month", Cadence.MONTHLY),
                        x -> count.applyAsInt(x, a)));
            }
            return out;
        });
    }
}
