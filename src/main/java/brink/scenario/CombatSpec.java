package brink.scenario;

import static brink.scenario.Defaults.list;
import static brink.scenario.Defaults.or;

import java.util.List;

/**
 * How clashes and wars in the theatre are adjudicated: between the two blocs in {@code sides}, per domain,
 * with each domain's Lanchester law and lethality. A clash engages {@code clashShare} of the theatre forces
 * for {@code clashDays}; a war engages all of them every day the ladder stays on a war rung, while each actor's
 * theatre share is multiplied by {@code warCommitment} (reinforcements arrive at the redeployment pace). A clash is an
 * exchange of fire; only {@code lethalShare} of them engage forces and cause losses (most exchanges of fire on the
 * peninsula ended without any), the rest move the ladder and are counted, but destroy nothing.
 */
public record CombatSpec(
        List<String> sides,
        @Range(min = 0, max = 1) Double clashShare,
        @Range(min = 1, max = 60) Integer clashDays,
        @Range(min = 0, max = 2) Double noise,
        @Range(min = 0, max = 100) Double warCommitment,
        @Range(min = 0, max = 1) Double lethalShare) {

    public CombatSpec {
        sides = list(sides);
        clashShare = or(clashShare, 0.05);
        clashDays = or(clashDays, 2);
        noise = or(noise, 0.0);
        warCommitment = or(warCommitment, 1.5);
        lethalShare = or(lethalShare, 1.0);
    }
}
