package dev.newsflow.app.eval;

import picocli.CommandLine.Command;

/** {@code newsflow eval}: quality scores against the benchmarks in {@code ../shared/bench}. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score newsflow against a benchmark.",
        subcommands = {AebEvalCommand.class, ReadabilityEvalCommand.class})
public final class EvalCommand {
}
