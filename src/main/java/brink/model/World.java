package brink.model;

import brink.scenario.CombatSpec;
import brink.scenario.Scenario;
import brink.scenario.ScenarioSpec;
import brink.scenario.ScenarioSpec.Law;
import brink.scenario.TransferSpec;
import brink.scenario.TriggerSpec;
import ec.util.MersenneTwisterFast;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * One replication's region: actors and their forces, the ladder, sinks, transfers, triggers and the event log,
 * on the shared {@link Theatre} of its scenario. Processes change it; recorders and the GUI only read it.
 * Balances are computed on demand from the day's power snapshot (taken by the threat assessment).
 */
public final class World {
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

    final Theatre theatre;
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
    private final List<Actor> actorList;
    private final List<String> domainList;
    private final List<String> commodityList;
    final Map<String, Integer> actorIndex;
    final double[][] alliance;
    final double[][] rivalry;
    final Map<String, int[]> blocs;
    final Theatre.Balance[] balances;
    final Sink[] sinks;
    final Transfer[] transfers;
    final Ladder ladder;
    final List<String> periodTypes;
    final Period[] periods;
    final EventType[] events;
    final Theatre.ScheduledAction[] actions;
    final Theatre.Dated[] datedEvents;
    final Trigger[] triggers;
    final int[][] combatSides;
    final CombatSpec combat;
    final int[] yearOf;
    final int years;

    int day;
    /** The threat picture (process 3): power snapshot and the balances computed from it. */
    final ThreatPicture picture;
    /** Theatre combat power per actor and domain, as last assessed (the picture's snapshot). */
    final double[][] power;
    final List<LoggedEvent> log = new ArrayList<>(512);
    final PriorityQueue<Pending> pending = new PriorityQueue<>(
            Comparator.comparingInt(Pending::day).thenComparingLong(Pending::order));
    long pendingOrder;


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

    /** A world for a one-off run; ensembles share one {@link Theatre} instead. */
    public World(Scenario scenario, int days, MersenneTwisterFast random) {
        this(new Theatre(scenario, days), random);
    }

    public World(Theatre t, MersenneTwisterFast random) {
        ScenarioSpec s = t.scenario.spec();
        this.theatre = t;
        this.scenario = t.scenario;
        this.days = t.days;
        this.start = t.start;
        this.random = random;
        this.domains = t.domains;
        this.domainWeight = t.domainWeight;
        this.lethality = t.lethality;
        this.law = t.law;
        this.commodities = t.commodities;
        this.actorIndex = t.actorIndex;
        this.alliance = t.alliance;
        this.rivalry = t.rivalry;
        this.blocs = t.blocs;
        this.balances = t.balances;
        this.periodTypes = t.periodTypes;
        this.periods = t.periods;
        this.events = t.events;
        this.actions = t.actions;
        this.datedEvents = t.datedEvents;
        this.combatSides = t.combatSides;
        this.combat = t.combat;
        this.yearOf = t.yearOf;
        this.years = t.years;
        int nd = domains.length;
        List<String> domainList = List.of(domains);
        List<String> commodityList = List.of(commodities);
        int n = t.actorIds.length;
        actors = new Actor[n];
        for (int a = 0; a < n; a++) {
            actors[a] = new Actor(a, t.actorIds[a], s.actors().get(t.actorIds[a]), domainList, commodityList);
        }
        Map<String, Sink> sinkById = new HashMap<>();
        sinks = s.sinks().entrySet().stream().filter(e -> e.getValue().enabled()).map(e -> {
            ScenarioSpec.SinkSpec k = e.getValue();
            Sink sink = new Sink(e.getKey(), k, actorIndex.get(k.actor()), k.domain() == null ? -1 : domainList.indexOf(k.domain()),
                    k.commodity() == null ? -1 : commodityList.indexOf(k.commodity()), t.dayOf(k.start(), 0), t.dayOf(k.end(), days));
            sinkById.put(e.getKey(), sink);
            return sink;
        }).toArray(Sink[]::new);
        Map<String, Transfer> transferById = new HashMap<>();
        List<Transfer> ts = new ArrayList<>();
        s.transfers().forEach((id, x) -> {
            if (!x.enabled()) {
                return;
            }
            Transfer.What what = TransferSpec.TECHNOLOGY.equals(x.what()) ? Transfer.What.TECHNOLOGY
                    : domainList.contains(x.what()) ? Transfer.What.DOMAIN : Transfer.What.COMMODITY;
            int index = what == Transfer.What.DOMAIN ? domainList.indexOf(x.what())
                    : what == Transfer.What.COMMODITY ? commodityList.indexOf(x.what()) : -1;
            double[] q = new double[nd];
            double[] p = new double[nd];
            for (int d = 0; d < nd; d++) {
                q[d] = x.quality().getOrDefault(domains[d], 0.0);
                p[d] = x.productionBoost().getOrDefault(domains[d], 0.0);
            }
            Transfer tr = new Transfer(id, actorIndex.get(x.from()), actorIndex.get(x.to()), what, index, x.yearlyRate(),
                    x.scaleWithSink() == null ? null : sinkById.get(x.scaleWithSink()), t.dayOf(x.start(), 0),
                    t.dayOf(x.end(), days), q, p);
            transferById.put(id, tr);
            ts.add(tr);
        });
        s.transfers().forEach((id, x) -> {
            if (x.tiedTo() != null && transferById.containsKey(id)) {
                transferById.get(id).tiedTo = transferById.get(x.tiedTo());
            }
        });
        transfers = ts.toArray(Transfer[]::new);
        this.actorList = List.of(actors);
        this.domainList = domainList;
        this.commodityList = commodityList;
        ladder = new Ladder(s.ladder());
        picture = new ThreatPicture(this);
        power = picture.power;
        triggers = s.triggers().entrySet().stream().filter(e -> e.getValue().enabled())
                .map(e -> new Trigger(e.getKey(), e.getValue())).toArray(Trigger[]::new);
        missiles = new int[n][years];
        launchDays = new int[n][years];
        lastLaunchDay = new int[n];
        Arrays.fill(lastLaunchDay, -1);
        missilesThisMonth = new int[n];
        launchDaysThisMonth = new int[n];
    }

    /** Actor i's force-balance index, from the current threat picture (see {@link ThreatPicture}). */
    public double forceBalance(int i) {
        return picture.forceBalance(i);
    }

    /** The balance actor i sees against rival j, allies of both weighted by credibility (1 if not rivals). */
    public double dyadBalance(int i, int j) {
        return picture.dyadBalance(i, j);
    }

    /** Bloc power in a domain, as last assessed. */
    public double blocPower(int bloc, int domain) {
        return picture.blocPower(bloc, domain);
    }

    /** Ratio of a balance in a domain, or overall (the force-balance index) when {@code domain == domains}. */
    public double balanceRatio(int b, int domain) {
        return picture.balanceRatio(b, domain);
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

    public Theatre theatre() {
        return theatre;
    }

    public List<Actor> actors() {
        return actorList;
    }

    public List<String> domains() {
        return domainList;
    }

    public List<String> commodities() {
        return commodityList;
    }

    public Ladder ladder() {
        return ladder;
    }

    public List<LoggedEvent> log() {
        return java.util.Collections.unmodifiableList(log);
    }

    public List<String> blocNames() {
        return theatre.blocNames;
    }

    /** Blocs the scenario declares (actors also count as blocs of one, but are not listed here). */
    public List<String> declaredBlocs() {
        return theatre.declaredBlocs;
    }

    /** Actors with at least one event that uses up a stock (missile launchers), in actor order. */
    public List<Integer> launchers() {
        return theatre.launcherList;
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
        return Arrays.stream(transfers).map(t -> t.id).toList();
    }

    public double delivered(int transfer) {
        return transfers[transfer].delivered;
    }

    public double transferred(String id) {
        for (Transfer t : transfers) {
            if (t.id.equals(id)) {
                return t.delivered;
            }
        }
        return 0;
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

    /** Whole years from the start date to day d. */
    public int yearOf(int d) {
        return yearOf[d];
    }

    /** Calendar years the run touches, counted from the start date (the last may be partial). */
    public int years() {
        return years;
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

    LoggedEvent logEvent(int d, String actor, String target, String type, String detail, int before, int after, int cause) {
        LoggedEvent e = new LoggedEvent(log.size(), d, actor, target, type, detail, before, after, cause);
        log.add(e);
        return e;
    }
}
