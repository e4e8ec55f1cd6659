package dev.newsflow.app;

import dev.newsflow.app.bench.BenchCommand;
import dev.newsflow.app.eval.EvalCommand;
import dev.newsflow.app.nlp.ExtractCommand;
import dev.newsflow.app.train.TrainCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsflow} command: one entry point for the demo, each service, and the
 * offline tools (extract, eval). Each subcommand only wires configuration to library code.
 */
@Command(name = "newsflow", mixinStandardHelpOptions = true, version = "newsflow 0.1.0",
        description = "Watches news for troop-count claims and alerts when a new figure appears.",
        subcommands = {DemoCommand.class, IngestCommand.class, EnrichCommand.class, SinkCommand.class,
            WebhookCommand.class, CleanCommand.class, ExtractCommand.class, EvalCommand.class,
            FetchCommand.class, ReplayCommand.class, ReprocessCommand.class, BenchCommand.class,
            TrainCommand.class})
public final class Newsflow {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests that run subcommands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new Newsflow()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
