package brink.model;

import brink.scenario.ActorSpec.ForceSpec;

/**
 * One actor's force in one domain. Units are split between the theatre and elsewhere ("home"); the reserve is
 * stored equipment that refurbishment returns to service. Quality is the stock's average technology level;
 * {@code frontier} is the quality of units produced now.
 */
public final class Force {
    double theatre;
    double home;
    double reserve;
    double quality;
    double frontier;
    double qualityGrowth;
    double readiness;
    final double baseReadiness;
    final double production;
    double productionFactor = 1.0;
    final double refurbishment;
    final double attrition;
    /** share kept after a day's attrition, and the share of the gap to the target redeployed per day. */
    final double keepPerDay;
    final double redeployPerDay;
    final double baseShare;
    double commitment = 1.0;
    /** Multiplies the theatre share while the actor fights a war ({@code combat.warCommitment}), else 1. */
    double warFactor = 1.0;
    final double redeployDays;
    /** Technology received today: extra frontier quality per year and extra production share. */
    double techQuality;
    double techProduction;
    /** Units lost in combat so far. */
    double lost;

    Force(ForceSpec s) {
        double stock = s.stock();
        this.baseShare = s.theatreShare();
        this.theatre = stock * baseShare;
        this.home = stock - theatre;
        this.reserve = s.reserve();
        this.quality = s.quality();
        this.frontier = s.newQuality();
        this.qualityGrowth = s.qualityGrowth();
        this.readiness = s.readiness();
        this.baseReadiness = s.readiness();
        this.production = s.production();
        this.refurbishment = s.refurbishment();
        this.attrition = s.attrition();
        this.redeployDays = s.redeployDays();
        this.keepPerDay = 1.0 - attrition * Time.DT;
        this.redeployPerDay = Math.min(1.0, 1.0 / redeployDays);
    }

    /** An actor that fields nothing in a domain. */
    static Force none() {
        return new Force(new ForceSpec(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 90.0));
    }

    public double getStock() {
        return theatre + home;
    }

    public double getHome() {
        return home;
    }

    public double getTheatre() {
        return theatre;
    }

    public double getLost() {
        return lost;
    }

    public double getReserve() {
        return reserve;
    }

    public double getQuality() {
        return quality;
    }

    public double getNewQuality() {
        return frontier;
    }

    public double getReadiness() {
        return readiness;
    }

    /** The share of the stock the actor aims to keep in the theatre now (after drawdowns or reinforcements). */
    public double getTargetShare() {
        return Math.min(1.0, baseShare * commitment * warFactor);
    }

    /** Theatre combat power: units in the theatre weighted by quality and readiness. */
    public double getPower() {
        return theatre * quality * readiness;
    }

    /** Adds units of quality {@code q}, keeping the stock's average quality (vintage mixing). */
    void add(double units, double q, double toTheatreShare) {
        if (units <= 0) {
            return;
        }
        double stock = theatre + home;
        quality = stock + units > 0 ? (quality * stock + q * units) / (stock + units) : q;
        theatre += units * toTheatreShare;
        home += units * (1 - toTheatreShare);
    }

    /** Removes up to {@code units}, from elsewhere first (wars elsewhere and transfers draw on home forces); returns what it took. */
    double takeFromHomeFirst(double units) {
        double fromHome = Math.min(home, units);
        home -= fromHome;
        double fromTheatre = Math.min(theatre, units - fromHome);
        theatre -= fromTheatre;
        return fromHome + fromTheatre;
    }

    /** Removes up to {@code units} from the theatre first (tests fire theatre missiles). */
    double takeFromTheatreFirst(double units) {
        double fromTheatre = Math.min(theatre, units);
        theatre -= fromTheatre;
        double fromHome = Math.min(home, units - fromTheatre);
        home -= fromHome;
        return fromHome + fromTheatre;
    }
}
