package brink.model;

import brink.scenario.ActionSpec;
import brink.scenario.CombatSpec;
import brink.scenario.EventSpec;
import brink.scenario.PeriodSpec;
import brink.scenario.Scenario;
import brink.scenario.ScenarioSpec;
import brink.scenario.ScenarioSpec.Law;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario compiled once for all its replications: indices instead of names, the calendar laid out day by day,
 * and each event's calendar multiplier for every day. Immutable; every {@link World} of the scenario shares it.
 */
public final class Theatre {
    record Balance(String id, String of, String against, int[] ofMembers, int[] againstMembers) {
    }

    record ScheduledAction(int day, String id, ActionSpec spec) {
    }

    /** An event fixed on a date by the scenario. */
    record Dated(int day, int event) {
    }

    /** An actor that uses up units of a domain by its events (fires missiles, launches drones): counted per year. */
    public record Firer(int actor, int domain) {
    }

    final Scenario scenario;
    final int days;
    final LocalDate start;
    final String[] domains;
    final double[] domainWeight;
    final double[] lethality;
    final Law[] law;
    final String[] commodities;
    final String[] actorIds;
    final Map<String, Integer> actorIndex = new HashMap<>();
    final double[][] alliance;
    final double[][] rivalry;
    final Map<String, int[]> blocs = new LinkedHashMap<>();
    final Balance[] balances;
    final List<String> periodTypes = new ArrayList<>();
    final Period[] periods;
    /** periodChanges[periodsFrom[d] .. periodsFrom[d+1]): the periods that begin on day d or ended the day before. */
    final int[] periodsFrom;
    final int[] periodChanges;
    final EventType[] events;
    /**
     * eventDayFactor[d * events + e]: product of the period factors of event e active on day d (lingering included);
     * laid out day by day, as the crisis process reads every event's factor of one day together.
     */
    final double[] eventDayFactor;
    /** eventCauseType[d * events + e]: the period type whose factor dominates on day d, or -1. */
    final byte[] eventCauseType;
    final ScheduledAction[] actions;
    final Dated[] datedEvents;
    final int[][] combatSides;
    final CombatSpec combat;
    /** whole years since the start, per day; and whether a day is the first of a month. */
    final int[] yearOf;
    final boolean[] monthStart;
    /** Days between scheduled threat assessments (more happen when the ladder moves or forces fight). */
    static final int ASSESSMENT_DAYS = 7;
    /** assessOn[d]: a threat assessment is scheduled on day d (weekly, at economy steps, at month ends). */
    final boolean[] assessOn;
    /** economyDays[d]: days the slow processes cover when they run on day d (0 on days they do not run). */
    final int[] economyDays;
    final int years;
    /** The (actor, domain) pairs some event uses up, in actor then domain order; firerOf[event] indexes them (-1: none). */
    final Firer[] firers;
    private final List<Firer> firerList;
    /** The domains and commodities as lists, and each domain's unit (read by the recorder and the event log). */
    final List<String> domainList;
    final List<String> commodityList;
    final String[] domainUnit;
    final int[] firerOf;
    final List<String> declaredBlocs;
    final List<String> blocNames;

    public Theatre(Scenario scenario, int days) {
        ScenarioSpec s = scenario.spec();
        this.scenario = scenario;
        this.days = days;
        this.start = s.start();
        this.domains = s.domains().keySet().toArray(String[]::new);
        this.domainList = List.of(domains);
        this.domainUnit = Arrays.stream(domains).map(d -> s.domains().get(d).unit()).toArray(String[]::new);
        int nd = domains.length;
        domainWeight = new double[nd];
        lethality = new double[nd];
        law = new Law[nd];
        for (int d = 0; d < nd; d++) {
            ScenarioSpec.DomainSpec ds = s.domains().get(domains[d]);
            domainWeight[d] = ds.weight();
            lethality[d] = ds.lethality();
            law[d] = ds.law();
        }
        this.commodities = s.commodities().keySet().toArray(String[]::new);
        this.commodityList = List.of(commodities);
        this.actorIds = s.actors().keySet().toArray(String[]::new);
        for (int a = 0; a < actorIds.length; a++) {
            actorIndex.put(actorIds[a], a);
        }
        int n = actorIds.length;
        alliance = new double[n][n];
        rivalry = new double[n][n];
        s.relations().values().forEach(r -> {
            int i = actorIndex.get(r.between().get(0));
            int j = actorIndex.get(r.between().get(1));
            double[][] m = r.type() == ScenarioSpec.RelationType.ALLIANCE ? alliance : rivalry;
            m[i][j] = r.strength();
            m[j][i] = r.strength();
        });
        s.blocs().forEach((id, members) -> blocs.put(id, members.stream().mapToInt(actorIndex::get).toArray()));
        for (String id : actorIds) {
            blocs.putIfAbsent(id, new int[] {actorIndex.get(id)});
        }
        balances = s.balances().entrySet().stream().map(e -> new Balance(e.getKey(), e.getValue().of(),
                e.getValue().against(), blocs.get(e.getValue().of()), blocs.get(e.getValue().against())))
                .toArray(Balance[]::new);
        yearOf = new int[days + 1];
        monthStart = new boolean[days + 1];
        LocalDate date = start;
        for (int d = 0; d <= days; d++, date = date.plusDays(1)) {
            yearOf[d] = (int) ChronoUnit.YEARS.between(start, date);
            monthStart[d] = date.getDayOfMonth() == 1;
        }
        years = yearOf[Math.max(0, days - 1)] + 1;
        economyDays = new int[days];
        boolean daily = s.steps().economy() == ScenarioSpec.Step.DAY;
        for (int d = 0; d < days; d++) {
            if (daily) {
                economyDays[d] = 1;
            } else if (d == 0 || monthStart[d]) {
                int next = d + 1;
                while (next < days && !monthStart[next]) {
                    next++;
                }
                economyDays[d] = next - d;
            }
        }
        assessOn = new boolean[days];
        for (int d = 0; d < days; d++) {
            assessOn[d] = d % ASSESSMENT_DAYS == 0 || economyDays[d] > 0 || monthStart[d + 1] || d == days - 1;
        }
        periods = buildPeriods(s);
        List<List<Integer>> changes = new ArrayList<>();
        for (int d = 0; d <= days; d++) {
            changes.add(new ArrayList<>());
        }
        for (int k = 0; k < periods.length; k++) {
            Period p = periods[k];
            if (p.startDay() >= 0 && p.startDay() < days) {
                changes.get(p.startDay()).add(k);
            }
            if (p.endDay() + 1 >= 0 && p.endDay() + 1 < days) {
                changes.get(p.endDay() + 1).add(k);
            }
        }
        periodsFrom = new int[days + 2];
        List<Integer> flat = new ArrayList<>();
        for (int d = 0; d <= days; d++) {
            periodsFrom[d] = flat.size();
            changes.get(d).sort(null);
            flat.addAll(changes.get(d));
        }
        periodsFrom[days + 1] = flat.size();
        periodChanges = flat.stream().mapToInt(Integer::intValue).toArray();
        events = buildEvents(s);
        eventDayFactor = new double[events.length * days];
        eventCauseType = new byte[events.length * days];
        layOutCalendar();
        List<Dated> dated = new ArrayList<>();
        for (EventType e : events) {
            if (e.spec.enabled()) {
                e.spec.dates().forEach(x -> dated.add(new Dated(dayOf(x, 0), e.index)));
            }
        }
        dated.sort(Comparator.comparingInt(Dated::day).thenComparingInt(Dated::event));
        datedEvents = dated.toArray(Dated[]::new);
        List<ScheduledAction> acts = new ArrayList<>();
        s.actions().forEach((id, act) -> {
            if (act.enabled() && act.date() != null) {
                acts.add(new ScheduledAction(dayOf(act.date(), 0), id, act));
            }
        });
        acts.sort(Comparator.comparingInt(ScheduledAction::day));
        actions = acts.toArray(ScheduledAction[]::new);
        combatSides = s.combat().sides().size() == 2
                ? new int[][] {blocs.get(s.combat().sides().get(0)), blocs.get(s.combat().sides().get(1))} : null;
        combat = s.combat();
        firers = Arrays.stream(events).filter(e -> e.consumes >= 0).map(e -> new Firer(e.actor, e.consumes)).distinct()
                .sorted(Comparator.comparingInt(Firer::actor).thenComparingInt(Firer::domain)).toArray(Firer[]::new);
        firerList = List.of(firers);
        firerOf = new int[events.length];
        for (EventType e : events) {
            firerOf[e.index] = e.consumes < 0 ? -1 : Arrays.asList(firers).indexOf(new Firer(e.actor, e.consumes));
        }
        declaredBlocs = List.copyOf(s.blocs().keySet());
        blocNames = List.copyOf(blocs.keySet());
    }

    int dayOf(LocalDate date, int fallback) {
        return date == null ? fallback : (int) (date.toEpochDay() - start.toEpochDay());
    }

    private Period[] buildPeriods(ScenarioSpec s) {
        List<Period> out = new ArrayList<>();
        s.periods().forEach((id, p) -> {
            if (!p.enabled()) {
                return;
            }
            if (!periodTypes.contains(p.type())) {
                periodTypes.add(p.type());
            }
            int type = periodTypes.indexOf(p.type());
            int[] who = p.actors().stream().mapToInt(actorIndex::get).toArray();
            int target = p.target() == null ? -1 : actorIndex.get(p.target());
            if (p.start() != null) {
                int d0 = dayOf(p.start(), 0);
                add(out, new Period(id, p.type(), type, d0, d0 + p.days() - 1, who, target, p.raiseTo(), p.detail(),
                        intensity(s, id, p, d0)));
            } else {
                MonthDay md = MonthDay.parse("--" + p.every());
                for (int y = start.getYear(); y <= start.plusDays(days - 1).getYear(); y++) {
                    if (!md.isValidYear(y)) {
                        continue;
                    }
                    int d0 = dayOf(md.atYear(y), 0);
                    if (d0 >= 0 && d0 < days) {
                        add(out, new Period(id, p.type(), type, d0, d0 + p.days() - 1, who, target, p.raiseTo(), p.detail(),
                                intensity(s, id, p, d0)));
                    }
                }
            }
        });
        out.sort(Comparator.comparingInt(Period::startDay));
        return out.toArray(Period[]::new);
    }

    /** An occurrence held at intensity 0 does not happen at all. */
    private static void add(List<Period> out, Period p) {
        if (p.intensity() > 0) {
            out.add(p);
        }
    }

    /**
     * The intensity of period {@code id}'s occurrence that begins on day d0: that of the latest exercise action dated on
     * or before it (of two on the same day, the lower: a joint exercise needs every partner), else the period's own.
     */
    private double intensity(ScenarioSpec s, String id, PeriodSpec p, int d0) {
        int latest = Integer.MIN_VALUE;
        double value = p.intensity();
        for (ActionSpec a : s.actions().values()) {
            if (!a.enabled() || a.type() != ActionSpec.Type.EXERCISE || !id.equals(a.period()) || a.date() == null) {
                continue;
            }
            int day = dayOf(a.date(), 0);
            if (day > d0) {
                continue;
            }
            if (day > latest) {
                latest = day;
                value = a.value();
            } else if (day == latest) {
                value = Math.min(value, a.value());
            }
        }
        return value;
    }

    private EventType[] buildEvents(ScenarioSpec s) {
        List<String> ids = new ArrayList<>(s.events().keySet());
        EventType[] out = new EventType[ids.size()];
        int rungs = s.ladder().rungs().size();
        int levels = s.ladder().signals().size();
        List<String> domainList = List.of(domains);
        for (int i = 0; i < out.length; i++) {
            EventSpec e = s.events().get(ids.get(i));
            double[] rf = new double[rungs];
            for (int r = 0; r < rungs; r++) {
                rf[r] = e.rungFactor().isEmpty() ? 1.0 : e.rungFactor().get(r);
            }
            double[] sf = new double[Math.max(1, levels)];
            for (int l = 0; l < sf.length; l++) {
                sf[l] = e.signalFactor().isEmpty() ? 1.0 : e.signalFactor().get(l);
            }
            double[] pf = new double[periodTypes.size()];
            for (int t = 0; t < pf.length; t++) {
                pf[t] = e.periodFactor().getOrDefault(periodTypes.get(t), 1.0);
            }
            int actor = actorIndex.get(e.actor());
            int consumes = e.consumes() == null ? -1 : domainList.indexOf(e.consumes());
            double stock0 = consumes < 0 ? 0 : s.actors().get(e.actor()).forces().containsKey(e.consumes())
                    ? s.actors().get(e.actor()).forces().get(e.consumes()).stock() : 0.0;
            out[i] = new EventType(ids.get(i), i, actor, e.target() == null ? -1 : actorIndex.get(e.target()), e, rf, sf, pf,
                    consumes, stock0);
        }
        for (EventType t : out) {
            t.responses = t.spec.responses().values().stream().map(r -> new EventType.Response(ids.indexOf(r.event()),
                    r.probability(), r.minDelay(), r.maxDelay())).toArray(EventType.Response[]::new);
        }
        return out;
    }

    /** Fills each event's multiplier and dominating period type for every day. */
    private void layOutCalendar() {
        int types = periodTypes.size();
        for (EventType e : events) {
            int linger = e.spec.lingerDays();
            // per type and day, the occurrence in force (of overlapping ones, the most intense)
            Period[][] active = new Period[types][days];
            for (Period p : periods) {
                for (int d = Math.max(0, p.startDay()); d <= Math.min(days - 1, p.endDay() + linger); d++) {
                    if (active[p.typeIndex()][d] == null || active[p.typeIndex()][d].intensity() < p.intensity()) {
                        active[p.typeIndex()][d] = p;
                    }
                }
            }
            for (int d = 0; d < days; d++) {
                double factor = 1.0;
                double strongest = 1.0;
                int cause = -1;
                for (int t = 0; t < types; t++) {
                    double f = e.periodFactor[t] == 1.0 || active[t][d] == null ? 1.0 : active[t][d].factor(e.periodFactor[t]);
                    if (f != 1.0) {
                        factor *= f;
                        if (f > strongest) {
                            strongest = f;
                            cause = t;
                        }
                    }
                }
                eventDayFactor[d * events.length + e.index] = factor;
                eventCauseType[d * events.length + e.index] = (byte) cause;
            }
        }
    }

    public Scenario scenario() {
        return scenario;
    }

    public int days() {
        return days;
    }

    /** Whole years from the start to day index d (0 = the first year). */
    public int yearOf(int d) {
        return yearOf[d];
    }

    /** Calendar years the run touches, counted from the start date (the last may be partial). */
    public int years() {
        return years;
    }

    public List<Firer> firers() {
        return firerList;
    }

    /** The event ids, in file order. */
    public List<String> eventIds() {
        return Arrays.stream(events).map(e -> e.id).toList();
    }

    public String actorId(int a) {
        return actorIds[a];
    }

    public String domain(int d) {
        return domains[d];
    }
}
