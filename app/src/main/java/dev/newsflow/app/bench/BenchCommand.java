package dev.newsflow.app.bench;

import picocli.CommandLine.Command;

/** {@code newsflow bench}: measurements of the running pipeline (library speed is measured with JMH in {@code bench}). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure the pipeline.",
        subcommands = LatencyBenchCommand.class)
public final class BenchCommand {
}
