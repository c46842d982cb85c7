package brink.model;

import brink.scenario.Scenario;
import brink.scenario.ScenarioSpec;
import brink.scenario.TransferSpec;
import brink.scenario.TriggerSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * One replication's region: actors and their forces, the ladder and the signalling track, sinks, transfers, triggers,
 * what the run counts and its event log, on the shared, immutable {@link Theatre} of its scenario (which processes
 * read directly). Processes change it; recorders and the GUI only read it, through the public methods. Balances are
 * computed on demand from the day's power snapshot (taken by the threat assessment).
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

    /**
     * A response waiting for its day. Its acceptance draw was made when the causing event fired, so that whether it is
     * carried out depends on the willingness on its day, not on how many draws happened in between.
     */
    record Pending(int day, long order, int event, int cause, double acceptDraw) {
    }

    /** The compiled scenario, shared by all replications. */
    final Theatre theatre;
    final RandomStreams streams;
    final Actor[] actors;
    final Sink[] sinks;
    final Transfer[] transfers;
    final Trigger[] triggers;
    final Ladder ladder;
    final Ladder signals;
    /** The threat picture (process 3): power snapshot and the balances computed from it. */
    final ThreatPicture picture;
    final Tally tally;
    final PriorityQueue<Pending> pending = new PriorityQueue<>(
            Comparator.comparingInt(Pending::day).thenComparingLong(Pending::order));
    private final List<LoggedEvent> log = new ArrayList<>(512);
    private final List<Actor> actorList;
    private final List<String> transferIds;
    long pendingOrder;
    int day;
    /** Days left of the clash under way (0: none), and whether a war is going on now. */
    int clashDaysLeft;
    boolean atWar;
    /** Counts the actions applied so far, so that what caches a lever's value knows when to look again. */
    int leverChanges;
    /** Each event's yearly rate now: the scenario's, until a {@code rate} action changes it. */
    final double[] eventRate;

    /** A world for a one-off run; ensembles share one {@link Theatre} instead. */
    public World(Scenario scenario, int days, long seed) {
        this(new Theatre(scenario, days), seed);
    }

    public World(Theatre t, long seed) {
        ScenarioSpec s = t.scenario.spec();
        this.theatre = t;
        this.streams = new RandomStreams(seed);
        List<String> domainList = List.of(t.domains);
        List<String> commodityList = List.of(t.commodities);
        int n = t.actorIds.length;
        actors = new Actor[n];
        for (int a = 0; a < n; a++) {
            actors[a] = new Actor(a, t.actorIds[a], s.actors().get(t.actorIds[a]), domainList, commodityList);
        }
        this.actorList = List.of(actors);
        Map<String, Sink> sinkById = new HashMap<>();
        sinks = s.sinks().entrySet().stream().filter(e -> e.getValue().enabled()).map(e -> {
            ScenarioSpec.SinkSpec k = e.getValue();
            int actor = t.actorIndex.get(k.actor());
            int domain = k.domain() == null ? -1 : domainList.indexOf(k.domain());
            Sink sink = new Sink(e.getKey(), k, actor, domain, k.commodity() == null ? -1 : commodityList.indexOf(k.commodity()),
                    t.dayOf(k.start(), 0), t.dayOf(k.end(), t.days), domain < 0 ? 0.0 : actors[actor].forces[domain].getStock());
            sinkById.put(e.getKey(), sink);
            return sink;
        }).toArray(Sink[]::new);
        Map<String, Transfer> transferById = new HashMap<>();
        List<Transfer> ts = new ArrayList<>();
        int nd = t.domains.length;
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
                q[d] = x.quality().getOrDefault(t.domains[d], 0.0);
                p[d] = x.productionBoost().getOrDefault(t.domains[d], 0.0);
            }
            Transfer tr = new Transfer(id, t.actorIndex.get(x.from()), t.actorIndex.get(x.to()), what, index, x.yearlyRate(),
                    x.scaleWithSink() == null ? null : sinkById.get(x.scaleWithSink()), t.dayOf(x.start(), 0),
                    t.dayOf(x.end(), t.days), q, p);
            transferById.put(id, tr);
            ts.add(tr);
        });
        s.transfers().forEach((id, x) -> {
            if (x.tiedTo() != null && transferById.containsKey(id)) {
                transferById.get(id).tiedTo = transferById.get(x.tiedTo());
            }
        });
        transfers = ts.toArray(Transfer[]::new);
        eventRate = Arrays.stream(t.events).mapToDouble(e -> e.spec.rate()).toArray();
        transferIds = Arrays.stream(transfers).map(x -> x.id).toList();
        ladder = new Ladder(s.ladder());
        signals = Ladder.signals(s.ladder().signals());
        picture = new ThreatPicture(this);
        picture.snapshot(); // the starting picture, so that balances can be read before the first day
        picture.day = -1;
        triggers = s.triggers().entrySet().stream().filter(e -> e.getValue().enabled())
                .map(e -> new Trigger(e.getKey(), e.getValue())).toArray(Trigger[]::new);
        tally = new Tally(t.firers.length, t.events.length, t.years);
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
        return theatre.start.plusDays(d);
    }

    public int getDay() {
        return day;
    }

    public int days() {
        return theatre.days;
    }

    public Scenario scenario() {
        return theatre.scenario;
    }

    public Theatre theatre() {
        return theatre;
    }

    public List<Actor> actors() {
        return actorList;
    }

    public List<String> domains() {
        return theatre.domainList;
    }

    public List<String> commodities() {
        return theatre.commodityList;
    }

    public Ladder ladder() {
        return ladder;
    }

    /** The signalling track: threats that raise tension without being rungs of the ladder. */
    public Ladder signals() {
        return signals;
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

    /** The (actor, domain) pairs some event uses up, in actor then domain order. */
    public List<Theatre.Firer> firers() {
        return theatre.firers();
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
            case DOMAIN -> theatre.domains[x.index];
            case COMMODITY -> theatre.commodities[x.index];
            case TECHNOLOGY -> "technology";
        };
    }

    public List<String> transferIds() {
        return transferIds;
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
        return theatre.balances.length;
    }

    public String balanceOf(int b) {
        return theatre.balances[b].of();
    }

    public String balanceAgainst(int b) {
        return theatre.balances[b].against();
    }

    public String balanceId(int b) {
        return theatre.balances[b].id();
    }

    /** Whole years from the start date to day d. */
    public int yearOf(int d) {
        return theatre.yearOf[d];
    }

    /** Calendar years the run touches, counted from the start date (the last may be partial). */
    public int years() {
        return theatre.years;
    }

    /** Units firer f (see {@link #firers}) used up in year y. */
    public int fired(int f, int year) {
        return tally.fired[f][year];
    }

    /** Days in year y on which firer f used up at least one unit. */
    public int firingDays(int f, int year) {
        return tally.firingDays[f][year];
    }

    public int firedThisMonth(int f) {
        return tally.firedThisMonth[f];
    }

    public int firingDaysThisMonth(int f) {
        return tally.firingDaysThisMonth[f];
    }

    /** Days in calendar month m (0 = January) on which firer f used up at least one unit, over the run so far. */
    public int firingDaysInMonth(int f, int month) {
        return tally.firingDaysInMonth[f][month];
    }

    /** Occurrences of event e (in file order) in year y. */
    public int eventCount(int e, int year) {
        return tally.events[e][year];
    }

    /** Clashes started so far (the ladder entered a clash rung from below). */
    public int clashes() {
        return tally.clashes;
    }

    /** Clashes that caused losses so far (a subset of {@link #clashes()}). */
    public int lethalClashes() {
        return tally.lethalClashes;
    }

    /** Wars started so far. */
    public int wars() {
        return tally.wars;
    }

    public int warDays() {
        return tally.warDays;
    }

    LoggedEvent logEvent(LoggedEvent.Kind kind, String period, String actor, String target, String type, String detail, int before,
                         int after, int signalBefore, int signalAfter, int cause) {
        LoggedEvent e = new LoggedEvent(log.size(), day, actor == null ? "" : actor, target == null ? "" : target, type,
                detail, before, after, signalBefore, signalAfter, cause, kind, period);
        log.add(e);
        return e;
    }
}
