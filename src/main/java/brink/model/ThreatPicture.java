package brink.model;

import java.util.Arrays;

/**
 * What the actors see of each other: a snapshot of theatre combat power (units x quality x readiness) taken by the
 * threat assessment, and the balances computed from it when a decision or the recorder asks, cached until the
 * next snapshot: each actor's force-balance index, the dyadic balances, bloc powers and balance ratios.
 */
final class ThreatPicture {
    private final World w;
    final double[][] power;
    /** Incremented at each snapshot; the caches below are valid for the stamp they carry. */
    int stamp;
    /** The day of the last snapshot, the rung then, and whether forces fought since. */
    int day = -1;
    int rung = -1;
    int signal = -1;
    boolean foughtSince;
    /** logarithms of the force-balance indices and of the dyadic balances */
    private final double[] fbi;
    private final int[] fbiStamp;
    private final double[][] dyad;
    private final int[][] dyadStamp;
    private final double[][] blocPower;
    private final double[][] balanceRatio;
    private int blocStamp = -1;
    private final double[] scratchA;
    private final double[] scratchB;

    ThreatPicture(World w) {
        this.w = w;
        int n = w.actors.length;
        int nd = w.theatre.domains.length;
        power = new double[n][nd];
        fbi = new double[n];
        fbiStamp = new int[n];
        dyad = new double[n][n];
        dyadStamp = new int[n][n];
        Arrays.fill(fbiStamp, -1);
        for (int[] row : dyadStamp) {
            Arrays.fill(row, -1);
        }
        blocPower = new double[w.theatre.blocs.size()][nd];
        balanceRatio = new double[w.theatre.balances.length][nd + 1];
        scratchA = new double[nd];
        scratchB = new double[nd];
    }

    /** Takes the snapshot of every force's theatre combat power; invalidates earlier balances. */
    void snapshot() {
        day = w.day;
        rung = w.ladder.rung;
        signal = w.signals.rung;
        foughtSince = false;
        for (int a = 0; a < w.actors.length; a++) {
            Force[] f = w.actors[a].forces;
            double[] row = power[a];
            for (int d = 0; d < row.length; d++) {
                row[d] = f[d].getPower();
            }
        }
        stamp++;
    }

    /**
     * Actor i's force-balance index: its own and its allies' power (weighted by alliance strength) against its
     * rivals' (weighted by rivalry strength), domain by domain (see {@link ForceBalance}).
     */
    double forceBalance(int i) {
        return Math.exp(logForceBalance(i));
    }

    /** The logarithm of {@link #forceBalance}, which the decision rule uses. */
    double logForceBalance(int i) {
        if (fbiStamp[i] != stamp) {
            for (int d = 0; d < scratchA.length; d++) {
                double f = power[i][d];
                double h = 0;
                for (int j = 0; j < power.length; j++) {
                    f += w.theatre.alliance[i][j] * power[j][d];
                    h += w.theatre.rivalry[i][j] * power[j][d];
                }
                scratchA[d] = f;
                scratchB[d] = h;
            }
            fbi[i] = ForceBalance.logIndex(scratchA, scratchB, w.theatre.domainWeight);
            fbiStamp[i] = stamp;
        }
        return fbi[i];
    }

    /**
     * The balance actor i sees against a target j: i and its allies against j and j's allies, allies of both
     * weighted by alliance strength (their credibility). The decision rule uses it for actions aimed at a rival.
     */
    double dyadBalance(int i, int j) {
        return Math.exp(logDyadBalance(i, j));
    }

    /** The logarithm of {@link #dyadBalance}, which the decision rule uses. */
    double logDyadBalance(int i, int j) {
        if (w.theatre.rivalry[i][j] <= 0) {
            return 0.0;
        }
        if (dyadStamp[i][j] != stamp) {
            for (int d = 0; d < scratchA.length; d++) {
                double f = power[i][d];
                double h = power[j][d];
                for (int k = 0; k < power.length; k++) {
                    f += w.theatre.alliance[i][k] * power[k][d];
                    h += w.theatre.alliance[j][k] * power[k][d];
                }
                scratchA[d] = f;
                scratchB[d] = h;
            }
            dyad[i][j] = ForceBalance.logIndex(scratchA, scratchB, w.theatre.domainWeight);
            dyadStamp[i][j] = stamp;
        }
        return dyad[i][j];
    }

    double blocPower(int bloc, int domain) {
        assessBlocs();
        return blocPower[bloc][domain];
    }

    double balanceRatio(int b, int domain) {
        assessBlocs();
        return balanceRatio[b][domain];
    }

    private void assessBlocs() {
        if (blocStamp == stamp) {
            return;
        }
        int b = 0;
        for (int[] members : w.theatre.blocs.values()) {
            sum(members, blocPower[b++]);
        }
        int nd = scratchA.length;
        for (int k = 0; k < w.theatre.balances.length; k++) {
            sum(w.theatre.balances[k].ofMembers(), scratchA);
            sum(w.theatre.balances[k].againstMembers(), scratchB);
            for (int d = 0; d < nd; d++) {
                balanceRatio[k][d] = ForceBalance.ratio(scratchA[d], scratchB[d]);
            }
            balanceRatio[k][nd] = ForceBalance.index(scratchA, scratchB, w.theatre.domainWeight);
        }
        blocStamp = stamp;
    }

    private void sum(int[] members, double[] out) {
        Arrays.fill(out, 0.0);
        for (int m : members) {
            for (int d = 0; d < out.length; d++) {
                out[d] += power[m][d];
            }
        }
    }
}
