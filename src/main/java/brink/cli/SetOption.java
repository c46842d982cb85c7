package brink.cli;

import brink.scenario.Setting;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --set PATH=VALUE}, repeatable: in-memory overrides of scenario fields, checked like the file itself. */
final class SetOption {
    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = {"override a scenario field by its dotted path before the scenario is checked, e.g.",
                "--set events.missile-test.rate=14 --set actors.ROK.budget.reaction=0.45 (repeatable; recorded in",
                "manifest.json)"})
    List<String> arguments = new ArrayList<>();

    /** The settings; a malformed argument is a user error naming it. */
    List<Setting> settings() {
        List<Setting> out = new ArrayList<>();
        for (String a : arguments) {
            try {
                out.add(Setting.parse(a));
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
        return out;
    }
}
