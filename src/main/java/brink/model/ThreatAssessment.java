package brink.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 3: each actor weighs its own and its allies' theatre combat power against its rivals', domain by domain
 * (allies and rivals weighted by the strength of the relation), into its force-balance index; for each rival it
 * also weighs both sides with their allies (the dyadic balance the decision rule uses); bloc powers and the
 * scenario's balance ratios are computed for the record.
 */
final class ThreatAssessment implements Steppable {
    private static final long serialVersionUID = 1L;
    private final World world;
    private final double[][] power;
    private final double[] friendly;
    private final double[] hostile;
    private final double[] of;
    private final double[] against;
    private final double[] hostileAtWindowStart;

    ThreatAssessment(World world) {
        this.world = world;
        int nd = world.domains.length;
        power = new double[world.actors.length][nd];
        friendly = new double[nd];
        hostile = new double[nd];
        of = new double[nd];
        against = new double[nd];
        hostileAtWindowStart = new double[world.actors.length];
    }

    @Override
    public void step(SimState state) {
        World w = world;
        int n = w.actors.length;
        int nd = w.domains.length;
        for (int a = 0; a < n; a++) {
            for (int d = 0; d < nd; d++) {
                power[a][d] = w.actors[a].forces[d].getPower();
            }
        }
        boolean windowEnds = w.day % Time.GROWTH_WINDOW_DAYS == 0;
        for (int i = 0; i < n; i++) {
            double hostileTotal = 0;
            for (int d = 0; d < nd; d++) {
                double f = power[i][d];
                double h = 0;
                for (int j = 0; j < n; j++) {
                    f += w.alliance[i][j] * power[j][d];
                    h += w.rivalry[i][j] * power[j][d];
                }
                friendly[d] = f;
                hostile[d] = h;
                hostileTotal += w.domainWeight[d] * h;
            }
            Actor a = w.actors[i];
            a.forceBalance = ForceBalance.index(friendly, hostile, w.domainWeight);
            if (windowEnds) {
                double before = hostileAtWindowStart[i];
                a.hostileGrowth = before > 0 && hostileTotal > 0
                        ? Math.log(hostileTotal / before) * Time.DAYS_PER_YEAR / Time.GROWTH_WINDOW_DAYS : 0.0;
                hostileAtWindowStart[i] = hostileTotal;
            }
        }
        dyads(w, n, nd);
        int b = 0;
        for (int[] members : w.blocs.values()) {
            sum(members, w.blocPower[b++]);
        }
        for (int k = 0; k < w.balances.length; k++) {
            World.Balance bal = w.balances[k];
            sum(bal.ofMembers(), of);
            sum(bal.againstMembers(), against);
            for (int d = 0; d < nd; d++) {
                w.balanceRatio[k][d] = ForceBalance.ratio(of[d], against[d]);
            }
            w.balanceRatio[k][nd] = ForceBalance.index(of, against, w.domainWeight);
        }
    }

    /**
     * The balance actor i sees against a target j: i and its allies (weighted by alliance strength, their
     * credibility) against j and j's allies (likewise). Used by the decision rule for actions aimed at j.
     */
    private void dyads(World w, int n, int nd) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j || w.rivalry[i][j] <= 0) {
                    continue;
                }
                for (int d = 0; d < nd; d++) {
                    double f = power[i][d];
                    double h = power[j][d];
                    for (int k = 0; k < n; k++) {
                        f += w.alliance[i][k] * power[k][d];
                        h += w.alliance[j][k] * power[k][d];
                    }
                    friendly[d] = f;
                    hostile[d] = h;
                }
                w.dyadBalance[i][j] = ForceBalance.index(friendly, hostile, w.domainWeight);
            }
        }
    }

    private void sum(int[] members, double[] out) {
        java.util.Arrays.fill(out, 0.0);
        for (int m : members) {
            for (int d = 0; d < out.length; d++) {
                out[d] += power[m][d];
            }
        }
    }
}
