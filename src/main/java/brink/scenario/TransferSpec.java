package brink.scenario;

import static brink.scenario.Defaults.map;
import static brink.scenario.Defaults.or;

import java.time.LocalDate;
import java.util.Map;

/**
 * A flow between two actors. {@code what} names a domain (units move), a commodity (shells, troops move)
 * or {@code technology} (the receiver's new-unit quality and production rise; nothing is taken from the sender).
 * The yearly rate is {@code rate}, or {@code containersPerYear * unitsPerContainer * mixFraction} for
 * shipments known only as container counts.
 */
public record TransferSpec(
        @Required String from,
        @Required String to,
        @Required String what,
        @Range(min = 0) Double rate,
        @Range(min = 0) Double containersPerYear,
        @Range(min = 0) Double unitsPerContainer,
        @Range(min = 0, max = 1) Double mixFraction,
        Map<String, Double> quality,
        Map<String, Double> productionBoost,
        String scaleWithSink,
        String tiedTo,
        LocalDate start,
        LocalDate end,
        String detail,
        Boolean enabled) {

    public static final String TECHNOLOGY = "technology";

    public TransferSpec {
        mixFraction = or(mixFraction, 1.0);
        quality = map(quality);
        productionBoost = map(productionBoost);
        detail = or(detail, "");
        enabled = or(enabled, true);
    }

    /** Units per year at full intensity. */
    public double yearlyRate() {
        if (rate != null) {
            return rate;
        }
        if (containersPerYear != null && unitsPerContainer != null) {
            return containersPerYear * unitsPerContainer * mixFraction;
        }
        return 0.0;
    }
}
