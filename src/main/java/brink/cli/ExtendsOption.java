package brink.cli;

import picocli.CommandLine.Option;

/** Whether a scenario's {@code extends} may read files outside the scenario's folder tree (off unless asked). */
final class ExtendsOption {
    @Option(names = "--extends-anywhere",
            description = "let extends read parent files outside the scenario's folder (by default only that folder and below)")
    boolean anywhere;
}
