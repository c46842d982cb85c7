package brink.model;

import brink.scenario.ActorSpec;
import brink.scenario.ActorSpec.BudgetSpec;
import java.util.List;

/** A state in the model: its character, budget, forces by domain and commodity holdings. */
public final class Actor {
    final int index;
    final String id;
    final String name;
    double resolve;
    final double riskTolerance;
    final Force[] forces;
    final double[] commodities;
    final double[] commodityProduction;

    double budget;
    final double budget0;
    final double budgetTheatreShare;
    final double[] split;
    final double[] split0;
    final double[] targetSplit;
    double reaction;
    final double fatigue;
    final double grievance;
    final double growthResponse;
    final double resplitRate;
    final double budgetNoise;

    /** Yearly growth of rivals' theatre power, from the threat assessment (every 30 days). */
    double hostileGrowth;

    Actor(int index, String id, ActorSpec s, List<String> domains, List<String> commodityIds) {
        this.index = index;
        this.id = id;
        this.name = s.name();
        this.resolve = s.resolve();
        this.riskTolerance = s.riskTolerance();
        this.forces = new Force[domains.size()];
        for (int d = 0; d < forces.length; d++) {
            ActorSpec.ForceSpec f = s.forces().get(domains.get(d));
            forces[d] = f == null ? Force.none() : new Force(f);
        }
        this.commodities = new double[commodityIds.size()];
        this.commodityProduction = new double[commodityIds.size()];
        for (int c = 0; c < commodities.length; c++) {
            ActorSpec.StockSpec st = s.commodities().get(commodityIds.get(c));
            if (st != null) {
                commodities[c] = st.stock();
                commodityProduction[c] = st.production();
            }
        }
        BudgetSpec b = s.budget();
        this.budget = b.amount();
        this.budget0 = b.amount();
        this.budgetTheatreShare = b.theatreShare();
        this.split = new double[domains.size()];
        for (int d = 0; d < split.length; d++) {
            split[d] = b.split().getOrDefault(domains.get(d), 0.0);
        }
        this.split0 = split.clone();
        this.targetSplit = split.clone();
        this.reaction = b.reaction();
        this.fatigue = b.fatigue();
        this.grievance = b.grievance();
        this.growthResponse = b.growthResponse();
        this.resplitRate = b.resplitRate();
        this.budgetNoise = b.noise();
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public double getBudget() {
        return budget;
    }

    public double getResolve() {
        return resolve;
    }

    public double getRiskTolerance() {
        return riskTolerance;
    }

    public Force force(int domain) {
        return forces[domain];
    }

    public double budgetShare(int domain) {
        return split[domain];
    }

    public double commodity(int c) {
        return commodities[c];
    }

    /**
     * Production rate (units per year) of a domain now: the base rate scaled by how much money the domain gets
     * compared with the start, by leaders' pushes and by technology received.
     */
    double productionRate(int d) {
        Force f = forces[d];
        double money0 = budget0 * split0[d];
        double moneyRatio = money0 > 0 ? budget * split[d] / money0 : (split[d] > 0 ? 1.0 : 0.0);
        return f.production * moneyRatio * f.productionFactor * (1.0 + f.techProduction);
    }
}
