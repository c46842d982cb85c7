package brink.scenario;

import static brink.scenario.Defaults.map;
import static brink.scenario.Defaults.or;

import java.util.Map;

/** A state: its character, its budget and its forces by domain. */
public record ActorSpec(
        @Required String name,
        @Range(min = 0, max = 1) Double resolve,
        @Range(min = 0, max = 1) Double riskTolerance,
        @Required BudgetSpec budget,
        Map<String, ForceSpec> forces,
        Map<String, StockSpec> commodities) {

    public ActorSpec {
        resolve = or(resolve, 0.5);
        riskTolerance = or(riskTolerance, 0.5);
        forces = map(forces);
        commodities = map(commodities);
    }

    /**
     * Defence spending in US$ bn per year and its Richardson response:
     * d(amount)/dt = reaction * (rivals' theatre spending) - fatigue * amount + grievance.
     */
    public record BudgetSpec(
            @Required @Range(min = 0) Double amount,
            @Range(min = 0, max = 1) Double theatreShare,
            @Required Map<String, Double> split,
            @Range(min = 0) Double reaction,
            @Range(min = 0) Double fatigue,
            Double grievance,
            @Range(min = 0) Double growthResponse,
            @Range(min = 0) Double resplitRate,
            @Range(min = 0) Double noise) {
        public BudgetSpec {
            theatreShare = or(theatreShare, 1.0);
            split = map(split);
            reaction = or(reaction, 0.0);
            fatigue = or(fatigue, 0.0);
            grievance = or(grievance, 0.0);
            growthResponse = or(growthResponse, 0.0);
            resplitRate = or(resplitRate, 1.0);
            noise = or(noise, 0.0);
        }
    }

    /** One actor's force in one domain. Units are the domain's unit; rates are per year. */
    public record ForceSpec(
            @Required @Range(min = 0) Double stock,
            @Range(min = 0) Double reserve,
            @Range(min = 0, max = 10) Double quality,
            @Range(min = 0, max = 10) Double newQuality,
            @Range(min = -1, max = 1) Double qualityGrowth,
            @Range(min = 0, max = 1) Double readiness,
            @Range(min = 0) Double production,
            @Range(min = 0) Double refurbishment,
            @Range(min = 0, max = 1) Double attrition,
            @Range(min = 0, max = 1) Double theatreShare,
            @Range(min = 1, max = 3650) Double redeployDays) {
        public ForceSpec {
            reserve = or(reserve, 0.0);
            quality = or(quality, 1.0);
            newQuality = or(newQuality, quality);
            qualityGrowth = or(qualityGrowth, 0.0);
            readiness = or(readiness, 0.7);
            production = or(production, 0.0);
            refurbishment = or(refurbishment, 0.0);
            attrition = or(attrition, 0.0);
            theatreShare = or(theatreShare, 1.0);
            redeployDays = or(redeployDays, 90.0);
        }
    }

    /** An actor's holding of a commodity (shells, troops): initial stock and production per year. */
    public record StockSpec(@Range(min = 0) Double stock, @Range(min = 0) Double production) {
        public StockSpec {
            stock = or(stock, 0.0);
            production = or(production, 0.0);
        }
    }
}
