package brink.experiment;

import brink.scenario.Problem;
import brink.scenario.Scenario;
import brink.scenario.ScenarioCheck;
import java.util.List;

/** The outcome names the scenario's targets use are in its outcome catalogue (run at the loader's door: a service). */
public final class TargetNames implements ScenarioCheck {
    @Override
    public List<Problem> problems(Scenario scenario) {
        return Targets.problems(scenario);
    }
}
