package brink.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario could not be loaded; carries every problem found, each already phrased for the user. */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;
    @SuppressWarnings("serial") // an immutable List.copyOf of records: serializable
    private final List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
