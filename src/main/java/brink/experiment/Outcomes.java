package brink.experiment;

import brink.experiment.Outcome.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The catalogue of per-run outcomes, declared once: runs.csv, comparison.csv, the run and compare summaries,
 * report.html, the comparison charts and the GUI all read it. Documented in docs/GUIDE.md (Outputs) and docs/ODD.md.
 * <ul>
 * <li>{@code any_clash}, {@code any_war}: 1 if the run had at least one clash / war (the ladder entered a rung with
 * combat {@code clash} from below / a rung with combat {@code war}), else 0;</li>
 * <li>{@code reached_<rung>_by_y<y>}: 1 if by the end of year y the ladder stood at that rung or a more severe one
 * (rungs above the starting rung);</li>
 * <li>{@code any_lethal_clash}, {@code lethal_clashes}: the same for clashes with losses (a share of all clashes);</li>
 * <li>{@code clashes} (exchanges of fire, with or without losses), {@code days_at_war}, {@code days_at_<rung>};</li>
 * <li>{@code <actor>_<domain>_fired_y<y>}, {@code _firing_days_y<y>}, {@code _fired_per_year},
 * {@code _firing_days_per_year}: units an actor's events used up (missiles launched) and the days it did so;</li>
 * <li>{@code count_<event>} and {@code count_<event>_y<y>}: occurrences of each event the scenario declares;</li>
 * <li>{@code balance_<id>_y<y>}: each balance's overall ratio at the end of year y.</li>
 * </ul>
 */
public final class Outcomes {
    private Outcomes() {
    }

    public static List<Outcome> of(OutcomeContext c) {
        List<Outcome> out = new ArrayList<>();
        String within = "within " + c.horizon();
        int clashRung = c.rungCombat().indexOf("clash");
        int warRung = c.rungCombat().indexOf("war");
        if (clashRung >= 0) {
            String name = c.rungs().get(clashRung);
            out.add(new Outcome("any_clash", "Probability of at least one " + name + " " + within, Unit.PROBABILITY,
                    "1 if the ladder entered a clash rung from below at least once (an exchange of fire, with or without losses), else 0",
                    true, Outcome.About.run(Outcome.Kind.ANY_CLASH, name), r -> r.clashes() > 0 ? 1 : 0));
            out.add(new Outcome("any_lethal_clash", "Probability of at least one " + name + " with losses " + within, Unit.PROBABILITY,
                    "1 if at least one clash engaged forces and caused losses (combat.lethalShare of clashes do), else 0", true,
                    Outcome.About.run(Outcome.Kind.ANY_LETHAL_CLASH, name), r -> r.lethalClashes() > 0 ? 1 : 0));
        }
        if (warRung >= 0) {
            String name = c.rungs().get(warRung);
            out.add(new Outcome("any_war", "Probability of " + name + " " + within, Unit.PROBABILITY,
                    "1 if the ladder reached a war rung at least once, else 0", true,
                    Outcome.About.run(Outcome.Kind.ANY_WAR, name), r -> r.wars() > 0 ? 1 : 0));
        }
        for (int k = c.startRung() + 1; k < c.rungs().size(); k++) {
            int rung = k;
            String rungName = c.rungs().get(k);
            for (int y = 1; y <= c.years(); y++) {
                int year = y;
                String when = y == c.years() ? within : "by the end of year " + y;
                out.add(new Outcome("reached_" + brink.scenario.Slug.of(rungName) + "_by_y" + y,
                        "Probability of reaching " + rungName + " or a more severe rung " + when, Unit.PROBABILITY,
                        "1 if the ladder stood at rung " + k + " (" + rungName + ") or higher on some day of years 1-" + y
                                + ", else 0", y == c.years(), Outcome.About.year(Outcome.Kind.REACHED, rungName, y),
                        r -> r.firstYearAtLeast()[rung] >= 0 && r.firstYearAtLeast()[rung] < year ? 1 : 0));
            }
        }
        if (clashRung >= 0) {
            out.add(new Outcome("clashes", "Number of " + plural(c.rungs().get(clashRung)) + " " + within, Unit.COUNT,
                    "clashes started (the ladder entered a clash rung from below): exchanges of fire, with or without losses", true,
                    Outcome.About.run(Outcome.Kind.CLASHES, c.rungs().get(clashRung)), RunSummary::clashes));
            out.add(new Outcome("lethal_clashes", "Number of " + plural(c.rungs().get(clashRung)) + " with losses " + within, Unit.COUNT,
                    "clashes that engaged forces and caused losses (combat.lethalShare of all clashes; the rest end without any)", true,
                    Outcome.About.run(Outcome.Kind.LETHAL_CLASHES, c.rungs().get(clashRung)), RunSummary::lethalClashes));
        }
        if (warRung >= 0) {
            out.add(new Outcome("days_at_war", "Days at " + c.rungs().get(warRung) + " " + within, Unit.DAYS,
                    "days on which the ladder stood on a war rung", true,
                    Outcome.About.run(Outcome.Kind.DAYS_AT_WAR, c.rungs().get(warRung)), RunSummary::warDays));
        }
        for (int k = 0; k < c.rungs().size(); k++) {
            int rung = k;
            out.add(new Outcome("days_at_" + brink.scenario.Slug.of(c.rungs().get(k)), "Days at " + c.rungs().get(k) + " " + within, Unit.DAYS,
                    "days on which the ladder stood at rung " + k + " exactly", false,
                    Outcome.About.run(Outcome.Kind.DAYS_AT_RUNG, c.rungs().get(k)), r -> r.daysAtRung()[rung]));
        }
        for (int f = 0; f < c.firers().size(); f++) {
            firer(out, c, f);
        }
        for (int e = 0; e < c.events().size(); e++) {
            int ev = e;
            OutcomeContext.EventKind kind = c.events().get(e);
            String what = kind.type() + " events by " + kind.actor() + " (" + kind.id() + ")";
            // a move only a wargame team orders reads 0 in the model's own play: the label says why, so 0 is not read as "never"
            String only = kind.onlyOrdered() ? " (only a wargame team's orders start it: 0 in the model's own play)" : "";
            out.add(new Outcome("count_" + kind.id(), "Number of " + what + " " + within + only, Unit.COUNT,
                    "occurrences of event " + kind.id() + " over the run", true,
                    Outcome.About.run(Outcome.Kind.EVENT_COUNT, kind.id()), r -> sum(r.events()[ev], c.years())));
            for (int y = 1; y <= c.years(); y++) {
                int year = y - 1;
                out.add(new Outcome("count_" + kind.id() + "_y" + y, "Number of " + what + " in year " + y, Unit.COUNT_IN_YEAR,
                        "occurrences of event " + kind.id() + " in year " + y, false,
                        Outcome.About.year(Outcome.Kind.EVENT_COUNT, kind.id(), y), r -> r.events()[ev][year]));
            }
        }
        for (int a = 0; a < c.actors().size(); a++) {
            int actor = a;
            String id = c.actors().get(a);
            for (int y = 1; y <= c.years(); y++) {
                int year = y;
                out.add(new Outcome(id + "_budget_growth_y" + y, id + "'s defence budget growth per year over years 1-" + y,
                        Unit.GROWTH, "(budget at the end of year " + y + " / budget at the start)^(1/" + y + ") - 1", false,
                        Outcome.About.year(Outcome.Kind.BUDGET_GROWTH, id, y), r -> Math.pow(r.budgetAtYearEnd()[actor][year - 1] / r.budgetAtStart()[actor], 1.0 / year) - 1));
            }
        }
        for (int b = 0; b < c.balances().size(); b++) {
            int bal = b;
            for (int y = 1; y <= c.years(); y++) {
                int year = y - 1;
                // a last year cut short (a wargame's turns, --years 0.25) ends with the run, and the label says so
                boolean cut = y == c.years() && c.lastYearCut();
                String when = cut ? "at the end of the run (day " + c.days() + ")" : "at the end of year " + y;
                out.add(new Outcome("balance_" + c.balances().get(b) + "_y" + y, "Balance " + c.balances().get(b) + " " + when,
                        Unit.RATIO, "the balance's overall force-balance ratio on the last day of " + (cut ? "the run" : "year " + y),
                        y == c.years(), Outcome.About.year(Outcome.Kind.BALANCE, c.balances().get(b), y),
                        r -> r.balanceAtYearEnd()[bal][year]));
            }
        }
        return List.copyOf(out);
    }

    private static void firer(List<Outcome> out, OutcomeContext c, int f) {
        OutcomeContext.Firer firer = c.firers().get(f);
        String id = firer.id();
        int full = c.fullYears();
        // a run shorter than a year (a wargame's turns, --years 0.5) is scaled to a year from its days, and says so
        boolean partYear = c.days() < 365;
        double span = partYear ? c.days() / 365.25 : full;
        String over = partYear ? " (over its " + c.days() + " days, as a yearly rate)"
                : " (mean of the first " + full + (full == 1 ? " year)" : " years)");
        String how = partYear ? "over the run, divided by its length in years (days / 365.25)" : "over the full years, divided by their number";
        out.add(new Outcome(id + "_fired_per_year", firer.actor() + " " + firer.unit() + " fired per year" + over, Unit.PER_YEAR,
                "units of " + firer.domain() + " the actor's events used up (missiles launched) " + how, true,
                Outcome.About.run(Outcome.Kind.FIRED_PER_YEAR, id), r -> sum(r.fired()[f], full) / span));
        out.add(new Outcome(id + "_firing_days_per_year", "Days per year on which " + firer.actor() + " fired " + firer.unit() + over,
                Unit.PER_YEAR, "days with at least one unit of " + firer.domain() + " used up (launch days), " + how, true,
                Outcome.About.run(Outcome.Kind.FIRING_DAYS_PER_YEAR, id), r -> sum(r.firingDays()[f], full) / span));
        out.add(new Outcome(id + "_firing_days", "Days on which " + firer.actor() + " fired " + firer.unit() + " within "
                + c.horizon(), Unit.COUNT, "days with at least one unit of " + firer.domain() + " used up, over the run", false,
                Outcome.About.run(Outcome.Kind.FIRING_DAYS, id), r -> sum(r.firingDays()[f], c.years())));
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int m = 0; m < 12; m++) {
            int month = m;
            String name = java.time.Month.of(m + 1).getDisplayName(java.time.format.TextStyle.FULL, Locale.ROOT);
            out.add(new Outcome(id + "_firing_days_in_" + months[m], "Days in " + name + " on which " + firer.actor() + " fired "
                    + firer.unit() + " within " + c.horizon(), Unit.COUNT, "firing days in calendar month " + name
                    + ", every year of the run together", false,
                    new Outcome.About(Outcome.Kind.FIRING_DAYS_IN_MONTH, id, 0, m + 1), r -> r.firingDaysInMonth()[f][month]));
        }
        for (int y = 1; y <= c.years(); y++) {
            int year = y - 1;
            out.add(new Outcome(id + "_fired_y" + y, firer.actor() + " " + firer.unit() + " fired in year " + y,
                    Unit.COUNT_IN_YEAR, "units of " + firer.domain() + " used up in year " + y, false,
                    Outcome.About.year(Outcome.Kind.FIRED, id, y), r -> r.fired()[f][year]));
        }
        for (int y = 1; y <= c.years(); y++) {
            int year = y - 1;
            out.add(new Outcome(id + "_firing_days_y" + y, "Days in year " + y + " on which " + firer.actor() + " fired "
                    + firer.unit(), Unit.COUNT_IN_YEAR, "days of year " + y + " with at least one unit of " + firer.domain()
                    + " used up", false, Outcome.About.year(Outcome.Kind.FIRING_DAYS, id, y), r -> r.firingDays()[f][year]));
        }
    }

    private static double sum(int[] perYear, int years) {
        double s = 0;
        for (int y = 0; y < Math.min(years, perYear.length); y++) {
            s += perYear[y];
        }
        return s;
    }

    private static String plural(String name) {
        return name.matches(".*(s|sh|ch|x)$") ? name + "es" : name + "s";
    }

    /** The outcome of this name, or null. */
    public static Outcome named(List<Outcome> catalogue, String name) {
        return catalogue.stream().filter(o -> o.name().equals(name)).findFirst().orElse(null);
    }
}
