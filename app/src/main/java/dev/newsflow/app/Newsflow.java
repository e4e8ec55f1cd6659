package dev.newsflow.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsflow} command: one entry point for the demo, each service, and (in later
 * releases) the offline tools. Each subcommand only wires configuration to library code.
 */
@Command(name = "newsflow", mixinStandardHelpOptions = true, version = "newsflow 0.1.0",
        description = "Watches news for troop-count claims and alerts when a new figure appears.",
        subcommands = {DemoCommand.class, IngestCommand.class, EnrichCommand.class, SinkCommand.class,
                FetchCommand.class, ReplayCommand.class})
public final class Newsflow {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests that run subcommands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new Newsflow()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
