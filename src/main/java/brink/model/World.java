package brink.model;

import brink.scenario.ActionSpec;
import brink.scenario.CombatSpec;
import brink.scenario.EventSpec;
import brink.scenario.LadderSpec.CombatLevel;
import brink.scenario.PeriodSpec;
import brink.scenario.Scenario;
import brink.scenario.ScenarioSpec;
import brink.scenario.ScenarioSpec.Law;
import brink.scenario.TransferSpec;
import brink.scenario.TriggerSpec;
import ec.util.MersenneTwisterFast;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The simulated region: actors and their forces, relations, blocs, the ladder, the calendar and the event log,
 * built from a validated scenario. Processes change it; recorders and the GUI only read it.
 */
public final class World {
    record Balance(String id, String of, String against, int[] ofMembers, int[] againstMembers) {
    }

    record ScheduledAction(int day, String id, ActionSpec spec) {
    }

    static final class Trigger {
        final String id;
        final TriggerSpec spec;
        boolean fired;
        boolean held;

        Trigger(String id, TriggerSpec spec) {
            this.id = id;
            this.spec = spec;
        }
    }

    record Pending(int day, long order, int event, int cause) {
    }

    /** An event fixed on a date by the scenario. */
    record Dated(int day, int event) {
    }

    final Scenario scenario;
    final int days;
    final LocalDate start;
    final MersenneTwisterFast random;
    final String[] domains;
    final double[] domainWeight;
    final double[] lethality;
    final Law[] law;
    final String[] commodities;
    final Actor[] actors;
    final Map<String, Integer> actorIndex = new HashMap<>();
    final double[][] alliance;
    final double[][] rivalry;
    final Map<String, int[]> blocs = new LinkedHashMap<>();
    final Balance[] balances;
    final Sink[] sinks;
    final Transfer[] transfers;
    final Ladder ladder;
    final List<String> periodTypes = new ArrayList<>();
    final Period[] periods;
    final EventType[] events;
    final ScheduledAction[] actions;
    final Dated[] datedEvents;
    final Trigger[] triggers;
    final int[][] combatSides;
    final CombatSpec combat;

    int day;
    /** Whole years since the start for each day (for yearly counts). */
    final int[] yearOf;
    final List<LoggedEvent> log = new ArrayList<>();
    final PriorityQueue<Pending> pending = new PriorityQueue<>(
            Comparator.comparingInt(Pending::day).thenComparingLong(Pending::order));
    long pendingOrder;

    /** Results of today's threat assessment: bloc power per domain, balance ratios per domain and overall. */
    final double[][] blocPower;
    /** dyadBalance[i][j]: the balance i sees against rival j, allies of both counted by credibility. */
    final double[][] dyadBalance;
    final double[][] balanceRatio;

    final int years;
    final int[][] missiles;
    final int[][] launchDays;
    final int[] lastLaunchDay;
    final int[] missilesThisMonth;
    final int[] launchDaysThisMonth;
    int clashes;
    int clashDaysLeft;
    /** a war happened in this run / a war is going on now. */
    boolean war;
    boolean atWar;
    int warDays;

    public World(Scenario scenario, int days, MersenneTwisterFast random) {
        ScenarioSpec s = scenario.spec();
        this.scenario = scenario;
        this.days = days;
        this.start = s.start();
        this.random = random;
        this.domains = s.domains().keySet().toArray(String[]::new);
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
        List<String> domainList = List.of(domains);
        List<String> commodityList = List.of(commodities);
        this.actors = new Actor[s.actors().size()];
        int a = 0;
        for (var e : s.actors().entrySet()) {
            actorIndex.put(e.getKey(), a);
            actors[a] = new Actor(a, e.getKey(), e.getValue(), domainList, commodityList);
            a++;
        }
        int n = actors.length;
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
        for (String id : actorIndex.keySet()) {
            blocs.putIfAbsent(id, new int[] {actorIndex.get(id)});
        }
        balances = s.balances().entrySet().stream().map(e -> new Balance(e.getKey(), e.getValue().of(),
                e.getValue().against(), blocs.get(e.getValue().of()), blocs.get(e.getValue().against())))
                .toArray(Balance[]::new);
        blocPower = new double[blocs.size()][nd];
        dyadBalance = new double[n][n];
        for (double[] row : dyadBalance) {
            java.util.Arrays.fill(row, 1.0);
        }
        balanceRatio = new double[balances.length][nd + 1];

        Map<String, Sink> sinkById = new HashMap<>();
        sinks = s.sinks().entrySet().stream().filter(e -> e.getValue().enabled()).map(e -> {
            ScenarioSpec.SinkSpec k = e.getValue();
            Sink sink = new Sink(e.getKey(), k, actorIndex.get(k.actor()), k.domain() == null ? -1 : domainList.indexOf(k.domain()),
                    k.commodity() == null ? -1 : commodityList.indexOf(k.commodity()), dayOf(k.start(), 0), dayOf(k.end(), days));
            sinkById.put(e.getKey(), sink);
            return sink;
        }).toArray(Sink[]::new);
        Map<String, Transfer> transferById = new HashMap<>();
        List<Transfer> ts = new ArrayList<>();
        s.transfers().forEach((id, t) -> {
            if (!t.enabled()) {
                return;
            }
            Transfer.What what = TransferSpec.TECHNOLOGY.equals(t.what()) ? Transfer.What.TECHNOLOGY
                    : domainList.contains(t.what()) ? Transfer.What.DOMAIN : Transfer.What.COMMODITY;
            int index = what == Transfer.What.DOMAIN ? domainList.indexOf(t.what())
                    : what == Transfer.What.COMMODITY ? commodityList.indexOf(t.what()) : -1;
            double[] q = new double[nd];
            double[] p = new double[nd];
            for (int d = 0; d < nd; d++) {
                q[d] = t.quality().getOrDefault(domains[d], 0.0);
                p[d] = t.productionBoost().getOrDefault(domains[d], 0.0);
            }
            Transfer tr = new Transfer(id, actorIndex.get(t.from()), actorIndex.get(t.to()), what, index, t.yearlyRate(),
                    t.scaleWithSink() == null ? null : sinkById.get(t.scaleWithSink()), dayOf(t.start(), 0), dayOf(t.end(), days), q, p);
            transferById.put(id, tr);
            ts.add(tr);
        });
        s.transfers().forEach((id, t) -> {
            if (t.tiedTo() != null && transferById.containsKey(id)) {
                transferById.get(id).tiedTo = transferById.get(t.tiedTo());
            }
        });
        transfers = ts.toArray(Transfer[]::new);
        ladder = new Ladder(s.ladder());
        periods = buildPeriods(s);
        events = buildEvents(s);
        List<Dated> dated = new ArrayList<>();
        for (EventType e : events) {
            if (e.spec.enabled()) {
                e.spec.dates().forEach(date -> dated.add(new Dated(dayOf(date, 0), e.index)));
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
        triggers = s.triggers().entrySet().stream().filter(e -> e.getValue().enabled())
                .map(e -> new Trigger(e.getKey(), e.getValue())).toArray(Trigger[]::new);
        combatSides = s.combat().sides().size() == 2
                ? new int[][] {blocs.get(s.combat().sides().get(0)), blocs.get(s.combat().sides().get(1))} : null;
        combat = s.combat();
        yearOf = new int[days + 1];
        for (int d = 0; d <= days; d++) {
            yearOf[d] = (int) java.time.temporal.ChronoUnit.YEARS.between(start, start.plusDays(d));
        }
        years = yearOf[days] + 1;
        missiles = new int[n][years];
        launchDays = new int[n][years];
        lastLaunchDay = new int[n];
        java.util.Arrays.fill(lastLaunchDay, -1);
        missilesThisMonth = new int[n];
        launchDaysThisMonth = new int[n];
    }

    private int dayOf(LocalDate date, int fallback) {
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
                out.add(new Period(id, p.type(), type, d0, d0 + p.days() - 1, who, target, p.raiseTo(), p.detail()));
            } else {
                MonthDay md = MonthDay.parse("--" + p.every());
                for (int y = start.getYear(); y <= date(days - 1).getYear(); y++) {
                    if (!md.isValidYear(y)) {
                        continue;
                    }
                    int d0 = dayOf(md.atYear(y), 0);
                    if (d0 >= 0 && d0 < days) {
                        out.add(new Period(id, p.type(), type, d0, d0 + p.days() - 1, who, target, p.raiseTo(), p.detail()));
                    }
                }
            }
        });
        out.sort(Comparator.comparingInt(Period::startDay));
        return out.toArray(Period[]::new);
    }

    private EventType[] buildEvents(ScenarioSpec s) {
        List<String> ids = new ArrayList<>(s.events().keySet());
        EventType[] out = new EventType[ids.size()];
        int rungs = ladder.size();
        for (int i = 0; i < out.length; i++) {
            EventSpec e = s.events().get(ids.get(i));
            double[] rf = new double[rungs];
            for (int r = 0; r < rungs; r++) {
                rf[r] = e.rungFactor().isEmpty() ? 1.0 : e.rungFactor().get(r);
            }
            double[] pf = new double[periodTypes.size()];
            for (int t = 0; t < pf.length; t++) {
                pf[t] = e.periodFactor().getOrDefault(periodTypes.get(t), 1.0);
            }
            int actor = actorIndex.get(e.actor());
            int consumes = e.consumes() == null ? -1 : List.of(domains).indexOf(e.consumes());
            double stock0 = consumes < 0 ? 0 : actors[actor].forces[consumes].getStock();
            out[i] = new EventType(ids.get(i), i, actor, e.target() == null ? -1 : actorIndex.get(e.target()), e, rf, pf,
                    consumes, stock0);
        }
        for (EventType t : out) {
            t.responses = t.spec.responses().values().stream().map(r -> new EventType.Response(ids.indexOf(r.event()),
                    r.probability(), r.minDelay(), r.maxDelay())).toArray(EventType.Response[]::new);
        }
        return out;
    }

    public LocalDate date(int d) {
        return start.plusDays(d);
    }

    public int getDay() {
        return day;
    }

    public int days() {
        return days;
    }

    public Scenario scenario() {
        return scenario;
    }

    public List<Actor> actors() {
        return List.of(actors);
    }

    public List<String> domains() {
        return List.of(domains);
    }

    public List<String> commodities() {
        return List.of(commodities);
    }

    public Ladder ladder() {
        return ladder;
    }

    public List<LoggedEvent> log() {
        return java.util.Collections.unmodifiableList(log);
    }

    public List<String> blocNames() {
        return List.copyOf(blocs.keySet());
    }

    /** Bloc power in a domain, from today's threat assessment. */
    public double blocPower(int bloc, int domain) {
        return blocPower[bloc][domain];
    }

    /** The balance actor i sees against rival j (1 when they are not rivals). */
    public double dyadBalance(int i, int j) {
        return dyadBalance[i][j];
    }

    public int balanceCount() {
        return balances.length;
    }

    public String balanceOf(int b) {
        return balances[b].of();
    }

    public String balanceAgainst(int b) {
        return balances[b].against();
    }

    public String balanceId(int b) {
        return balances[b].id();
    }

    /** Ratio of a balance in a domain, or overall (the force-balance index) when {@code domain == domains}. */
    public double balanceRatio(int b, int domain) {
        return balanceRatio[b][domain];
    }

    /** Calendar years the run touches, counted from the start date (the last may be partial). */
    public int years() {
        return yearOf[days - 1] + 1;
    }

    public int missiles(int actor, int year) {
        return missiles[actor][year];
    }

    public int launchDays(int actor, int year) {
        return launchDays[actor][year];
    }

    public int missilesThisMonth(int actor) {
        return missilesThisMonth[actor];
    }

    public int launchDaysThisMonth(int actor) {
        return launchDaysThisMonth[actor];
    }

    public int clashes() {
        return clashes;
    }

    public boolean war() {
        return war;
    }

    public double transferred(String id) {
        for (Transfer t : transfers) {
            if (t.id.equals(id)) {
                return t.delivered;
            }
        }
        return 0;
    }

    /** Blocs the scenario declares (actors also count as blocs of one, but are not listed here). */
    public List<String> declaredBlocs() {
        return List.copyOf(scenario.spec().blocs().keySet());
    }

    /** Actors with at least one event that uses up a stock (missile launchers), in actor order. */
    public List<Integer> launchers() {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (EventType e : events) {
            if (e.consumes >= 0) {
                out.add(e.actor);
            }
        }
        return List.copyOf(out);
    }

    public String transferFrom(int t) {
        return actors[transfers[t].from].id;
    }

    public String transferTo(int t) {
        return actors[transfers[t].to].id;
    }

    /** The domain or commodity a transfer moves, or "technology". */
    public String transferWhat(int t) {
        Transfer x = transfers[t];
        return switch (x.what) {
            case DOMAIN -> domains[x.index];
            case COMMODITY -> commodities[x.index];
            case TECHNOLOGY -> "technology";
        };
    }

    public List<String> transferIds() {
        return java.util.Arrays.stream(transfers).map(t -> t.id).toList();
    }

    public double delivered(int transfer) {
        return transfers[transfer].delivered;
    }

    boolean periodActive(int type, int d, int linger) {
        for (Period p : periods) {
            if (p.typeIndex() == type && d >= p.startDay() && d <= p.endDay() + linger) {
                return true;
            }
            if (p.startDay() > d) {
                break;
            }
        }
        return false;
    }

    boolean combatRung() {
        return ladder.combat[ladder.rung] != CombatLevel.NONE;
    }

    LoggedEvent logEvent(int d, String actor, String target, String type, String detail, int before, int after, int cause) {
        LoggedEvent e = new LoggedEvent(log.size(), d, actor, target, type, detail, before, after, cause);
        log.add(e);
        return e;
    }
}
