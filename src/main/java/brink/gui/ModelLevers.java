package brink.gui;

import brink.scenario.LeverSettings;
import brink.scenario.ScenarioSpec;
import sim.util.Interval;

/**
 * The Console's Model tab: the main levers as bean properties. MASON builds the panel from the getters and
 * setters, a slider from each {@code dom...()} range, labels from {@code name...()}, tooltips from
 * {@code des...()}, and hides with {@code hide...()} the levers a scenario has nothing for. Changes apply on the
 * next press of Play; {@link #getInEffect()} shows what the current run uses.
 */
public final class ModelLevers {
    private final LeverSettings.Reach reach;
    private double russianAssistance = 1;
    private double usCommitment = 1;
    private double alliedResponse = 1;
    private boolean exercises = true;
    private double armorPush = 1;
    private double missilePush = 1;
    private long seed;
    private volatile String inEffect = "(not started yet)";

    public ModelLevers(ScenarioSpec scenario, long seed) {
        this.reach = LeverSettings.reach(scenario);
        this.seed = seed;
    }

    /** The levers as set now (the next run's). */
    public LeverSettings settings() {
        return new LeverSettings(russianAssistance, usCommitment, alliedResponse, exercises, armorPush, missilePush);
    }

    void inEffect(LeverSettings s, long runSeed) {
        inEffect = "seed " + runSeed + (s.isNeutral() ? ", no lever moved" : ", " + s.describe());
    }

    private static double factor(double v) {
        return Double.isNaN(v) ? 1 : Math.max(0, Math.min(LeverSettings.MAX_FACTOR, v));
    }

    private static Interval factorRange() {
        return new Interval(0.0, LeverSettings.MAX_FACTOR);
    }

    public String getInEffect() {
        return inEffect;
    }

    public String nameInEffect() {
        return "Current run";
    }

    public String desInEffect() {
        return "The seed and levers of the run on screen; changed levers apply when you press Play again.";
    }

    public double getRussianAssistance() {
        return russianAssistance;
    }

    public void setRussianAssistance(double v) {
        russianAssistance = factor(v);
    }

    public Object domRussianAssistance() {
        return factorRange();
    }

    public String nameRussianAssistance() {
        return "Russian assistance to the DPRK (x)";
    }

    public String desRussianAssistance() {
        return "Multiplies every transfer from Russia to the DPRK (technology, parts). 0 stops them; 1 is the scenario.";
    }

    public boolean hideRussianAssistance() {
        return !reach.russianAssistance();
    }

    public double getUsCommitment() {
        return usCommitment;
    }

    public void setUsCommitment(double v) {
        usCommitment = factor(v);
    }

    public Object domUsCommitment() {
        return factorRange();
    }

    public String nameUsCommitment() {
        return "US theatre commitment (x)";
    }

    public String desUsCommitment() {
        return "Multiplies the share of US forces the US keeps in the theatre; forces redeploy over weeks.";
    }

    public boolean hideUsCommitment() {
        return !reach.usCommitment();
    }

    public double getAlliedResponse() {
        return alliedResponse;
    }

    public void setAlliedResponse(double v) {
        alliedResponse = factor(v);
    }

    public Object domAlliedResponse() {
        return factorRange();
    }

    public String nameAlliedResponse() {
        return "ROK/Japan response strength (x)";
    }

    public String desAlliedResponse() {
        return "Multiplies how strongly South Korea's and Japan's budgets react to their rivals' build-up (Richardson reaction).";
    }

    public boolean hideAlliedResponse() {
        return !reach.alliedResponse();
    }

    public boolean getExercises() {
        return exercises;
    }

    public void setExercises(boolean v) {
        exercises = v;
    }

    public String nameExercises() {
        return "US-ROK exercises held";
    }

    public String desExercises() {
        return "Untick to suspend every exercise period of the scenario (Freedom Shield, Ulchi Freedom Shield).";
    }

    public boolean hideExercises() {
        return !reach.exercises();
    }

    public double getArmorPush() {
        return armorPush;
    }

    public void setArmorPush(double v) {
        armorPush = factor(v);
    }

    public Object domArmorPush() {
        return factorRange();
    }

    public String nameArmorPush() {
        return "DPRK armour production push (x)";
    }

    public String desArmorPush() {
        return "Multiplies the DPRK's tank production from the start, like Kim's \"second revolution in armoured force\".";
    }

    public boolean hideArmorPush() {
        return !reach.armorPush();
    }

    public double getMissilePush() {
        return missilePush;
    }

    public void setMissilePush(double v) {
        missilePush = factor(v);
    }

    public Object domMissilePush() {
        return factorRange();
    }

    public String nameMissilePush() {
        return "DPRK missile production push (x)";
    }

    public String desMissilePush() {
        return "Multiplies the DPRK's missile production from the start (a \"drastic boost\" order).";
    }

    public boolean hideMissilePush() {
        return !reach.missilePush();
    }

    public long getSeed() {
        return seed;
    }

    public void setSeed(long v) {
        seed = v;
    }

    public String nameSeed() {
        return "Seed (as brink run --seed)";
    }

    public String desSeed() {
        return "The run is replication 0 of brink run --seed with this value: same seed and levers, same history.";
    }
}
