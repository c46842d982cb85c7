package brink.cli;

import brink.experiment.Seeds;
import brink.gui.BrinkGui;
import brink.scenario.Scenario;
import brink.scenario.ScenarioSpec;
import java.awt.GraphicsEnvironment;
import java.io.FilterOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Watch a scenario unfold in MASON's Console (play, pause, step).",
                "The Model tab holds the levers and the seed (applied on the next Play); the Inspectors tab shows each actor and "
                    + "the ladder; four live chart windows and a plain-language event log follow the run. A run with seed S is "
                    + "replication 0 of brink run --seed S: the same history. Needs a display; without one, use brink run."})
final class GuiCommand implements Callable<Integer> {
    static final Path BASELINE = Path.of("scenarios", "baseline.yaml");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ExtendsOption access = new ExtendsOption();

    @Mixin
    SetOption set = new SetOption();

    @Parameters(arity = "0..1", paramLabel = "SCENARIO",
            description = "theatre scenario file (YAML); default: scenarios/baseline.yaml in the current folder")
    Path scenarioFile;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + Seeds.DEFAULT,
            description = "the seed the Model tab starts with (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws InterruptedException, InvocationTargetException {
        Path file = scenarioFile;
        if (file == null) {
            if (!Files.isRegularFile(BASELINE)) {
                throw new UserError("no scenario given and " + BASELINE + " is not in the current folder: "
                        + "brink gui FILE, or run it from the Brink folder");
            }
            file = BASELINE;
        }
        Scenario s = Scenarios.load(file, null, access, set, spec.commandLine().getErr());
        if (s == null) {
            return BrinkCommand.USER_ERROR;
        }
        if (s.spec().kind() != ScenarioSpec.Kind.THEATRE) {
            throw new UserError(file + " is a battle scenario; the GUI shows theatre scenarios (brink run " + file + ")");
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserError("brink gui needs a display, and this machine has none"
                    + (System.getenv("DISPLAY") == null ? " (DISPLAY is not set)" : "")
                    + ". Run the scenario without windows instead: brink run " + file
                    + " (charts and report.html in out/), or start a display first (for example xvfb-run, or ssh -X).");
        }
        PrintStream err = System.err;
        try {
            // MASON's Console looks for Java 3D, which Brink does not use, and says so on every start
            System.setErr(new PrintStream(new FilterOutputStream(err) {
                private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

                @Override
                public void write(int b) {
                    line.write(b);
                    if (b == '\n') {
                        if (!line.toString().startsWith("WARNING: Not all classes loaded, due to error: probably no Java3D")) {
                            err.write(line.toByteArray(), 0, line.size());
                        }
                        line.reset();
                    }
                }
            }, true));
            SwingUtilities.invokeAndWait(() -> BrinkGui.launch(s, seed));
        } finally {
            System.setErr(err);
        }
        spec.commandLine().getOut().println("brink gui: " + s.name() + " is open; close the Console to quit.");
        // main() exits the JVM when a command returns: wait while any window is open
        while (java.util.Arrays.stream(java.awt.Frame.getFrames()).anyMatch(java.awt.Frame::isDisplayable)) {
            Thread.sleep(500);
        }
        return 0;
    }
}
